import { describe, expect, it } from 'vitest';
import { atLeast, parseKubeVersion } from './kube-version';
import { entityAtLine, rangeOf, rangesOf } from './ranges';
import { dataKey, imageTag, isIpAddress, joinName, labelValue } from './values';
import { imageName } from './k8s/labels';

describe('values', () => {
  it.each([
    ['nginx:1.27', '1.27'],
    ['registry.example.com:5000/team/app:2.0.1', '2.0.1'],
    ['registry.example.com:5000/team/app', undefined],
    ['app@sha256:abc', undefined],
    ['app:1.0@sha256:abc', '1.0'],
    ['app:', undefined],
  ])('imageTag(%j) = %j', (image, tag) => expect(imageTag(image)).toBe(tag));

  it.each([
    ['registry.example.com/shop/checkout:1.2@sha256:ab', 'checkout'],
    ['nginx', 'nginx'],
    ['localhost:5000/x', 'x'],
  ])('imageName(%j) = %j', (image, name) => expect(imageName(image)).toBe(name));

  it.each([
    ['web', 'web'],
    ['Shop Checkout!', 'Shop-Checkout'],
    ['-._x_.-', 'x'],
    ['a'.repeat(70), 'a'.repeat(63)],
    ['!!!', undefined],
  ])('labelValue(%j) = %j', (text, value) => expect(labelValue(text)).toBe(value));

  it.each([
    ['app.conf', 'app.conf'],
    ['conf.d/app.conf', 'conf.d_app.conf'],
    ['/abs/path', 'abs_path'],
    ['..', 'file'],
  ])('dataKey(%j) = %j', (path, key) => expect(dataKey(path)).toBe(key));

  it('joins names within 63 characters', () => {
    expect(joinName('web', 'conf')).toBe('web-conf');
    expect(joinName('a'.repeat(60), 'bcdef')).toBe(`${'a'.repeat(60)}-bc`);
    expect(joinName('a'.repeat(62), 'b')).toBe('a'.repeat(62));
  });

  it.each([
    ['10.0.0.1', true],
    ['::1', true],
    ['2001:db8::1', true],
    ['db.example.com', false],
    ['cafe', false],
  ])('isIpAddress(%j) = %j', (host, ip) => expect(isIpAddress(host)).toBe(ip));

  it.each([
    ['1.33', { major: 1, minor: 33 }],
    ['v1.29', { major: 1, minor: 29 }],
    ['1.30.2', { major: 1, minor: 30 }],
    ['latest', undefined],
    ['1', undefined],
  ])('parseKubeVersion(%j)', (text, version) => expect(parseKubeVersion(text)).toEqual(version));

  it('compares versions', () => {
    expect(atLeast({ major: 1, minor: 29 }, { major: 1, minor: 29 })).toBe(true);
    expect(atLeast({ major: 1, minor: 28 }, { major: 1, minor: 29 })).toBe(false);
    expect(atLeast({ major: 2, minor: 0 }, { major: 1, minor: 29 })).toBe(true);
  });
});

describe('ranges', () => {
  const ranges = [
    { id: 'pod', start: 1, end: 20 },
    { id: 'container', start: 5, end: 9 },
    { id: 'connection', start: 3, end: 3 },
    { id: 'pod', start: 30, end: 40 },
  ];

  it.each([
    [4, 'pod'],
    [5, 'container'],
    [3, 'connection'],
    [25, undefined],
    [35, 'pod'],
  ])('line %i belongs to %j', (line, id) => expect(entityAtLine(ranges, line)).toBe(id));

  it('reveals the first range and lists them all', () => {
    expect(rangeOf(ranges, 'pod')).toEqual({ id: 'pod', start: 1, end: 20 });
    expect(rangesOf(ranges, 'pod')).toHaveLength(2);
    expect(rangeOf(ranges, 'nothing')).toBeUndefined();
  });

  it('finds the same ranges through its index on long lists', () => {
    const many = Array.from({ length: 200 }, (_, i) => ({ id: `e${i % 70}`, start: i + 1, end: i + 1 }));
    for (const id of ['e0', 'e69', 'e70']) {
      expect(rangeOf(many, id)).toEqual(many.find((r) => r.id === id));
      expect(rangesOf(many, id)).toEqual(many.filter((r) => r.id === id));
    }
  });
});
