import { describe, expect, it } from 'vitest';
import { fragmentWithoutDesign, readShareFragment, shareLink } from './share-link';

describe('readShareFragment', () => {
  it.each([
    { hash: '', payload: null },
    { hash: '#', payload: null },
    { hash: '#section-2', payload: null },
    { hash: '#designer=abc', payload: null },
    { hash: '#design=AbC_-9', payload: 'AbC_-9' },
    { hash: 'design=AbC', payload: 'AbC' },
    { hash: '#design=', payload: '' },
    { hash: '#design', payload: '' },
    { hash: '#view=1&design=xyz', payload: 'xyz' },
    { hash: '#design=xyz&view=1', payload: 'xyz' },
    { hash: '#design=a=b', payload: 'a=b' },
  ])('$hash gives $payload', ({ hash, payload }) => {
    expect(readShareFragment(hash)).toBe(payload);
  });
});

describe('fragmentWithoutDesign', () => {
  it.each([
    { hash: '', rest: '' },
    { hash: '#design=xyz', rest: '' },
    { hash: '#design', rest: '' },
    { hash: '#view=1&design=xyz', rest: '#view=1' },
    { hash: '#design=xyz&view=1&x', rest: '#view=1&x' },
    { hash: '#designer=1', rest: '#designer=1' },
  ])('$hash keeps "$rest"', ({ hash, rest }) => {
    expect(fragmentWithoutDesign(hash)).toBe(rest);
  });
});

describe('shareLink', () => {
  it.each([
    {
      location: { origin: 'https://podwright.example', pathname: '/' },
      link: 'https://podwright.example/#design=P4y',
    },
    {
      location: { origin: 'http://127.0.0.1:4173', pathname: '/app/index.html' },
      link: 'http://127.0.0.1:4173/app/index.html#design=P4y',
    },
  ])('$link', ({ location, link }) => {
    expect(shareLink(location, 'P4y')).toBe(link);
    expect(readShareFragment(new URL(link).hash)).toBe('P4y');
  });
});
