import { describe, expect, it } from 'vitest';
import { sampleDesign } from '../../core';
import {
  absolutePathProblem,
  containerNameProblem,
  containerPortNameProblem,
  endpointNameProblem,
  envVarNameProblem,
  labelsProblem,
  podNameProblem,
  quantityProblem,
  semverProblem,
  urlProblem,
} from './validation';

const design = sampleDesign();
const pod = design.pods[0]!;

describe('names are refused at the field for the same reasons the core refuses them', () => {
  it.each([
    { name: 'a valid pod name', problem: podNameProblem(design, 'pod-shop', 'shop-2'), expected: null },
    {
      name: 'a pod keeping its own name',
      problem: podNameProblem(design, 'pod-shop', 'shop'),
      expected: null,
    },
    { name: 'upper case', problem: podNameProblem(design, 'pod-shop', 'Shop'), expected: /DNS-1123/ },
    {
      name: 'a sibling container name',
      problem: containerNameProblem(pod, 'ctr-shop-tls', 'app'),
      expected: /already used in pod "shop"/,
    },
    {
      name: 'an external name for a service',
      problem: endpointNameProblem(design, 'svc-shop', 'orders-db'),
      expected: /another service or external/,
    },
    {
      name: 'a port name used by another container',
      problem: containerPortNameProblem(pod, 'https', 'http'),
      expected: /already used in pod "shop"/,
    },
    {
      name: 'a port name too long',
      problem: containerPortNameProblem(pod, 'https', 'a-very-long-port-name'),
      expected: /at most 15/,
    },
    {
      name: 'a duplicate variable',
      problem: envVarNameProblem(['A', 'B'], 1, 'A'),
      expected: /already used/,
    },
    {
      name: 'a bad variable name',
      problem: envVarNameProblem(['A'], 0, '1A'),
      expected: /not a valid environment variable/,
    },
  ])('$name', ({ problem, expected }) => {
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toMatch(expected);
  });
});

describe('values', () => {
  it.each([
    { check: quantityProblem, ok: ['', '250m', '1', '0.5', '128Mi', '1Gi'], bad: ['250 m', 'lots', '1GB'] },
    { check: semverProblem, ok: ['', '1.0.0', '4.2.0-rc.1+build.5'], bad: ['1.0', 'v1.0.0', '01.0.0'] },
    {
      check: urlProblem,
      ok: ['', 'https://example.com/docs', 'http://localhost:8080'],
      bad: ['example.com', 'ftp://x', 'javascript:alert(1)'],
    },
    { check: absolutePathProblem, ok: ['/etc/nginx', '/'], bad: ['', 'etc/nginx'] },
    {
      check: labelsProblem,
      ok: ['', 'tier=frontend', 'app.kubernetes.io/part-of=shop\nteam=web', 'empty='],
      bad: ['Bad Key=x', 'tier=front end', '/x=y'],
    },
  ])('$check.name', ({ check, ok, bad }) => {
    for (const value of ok) expect(check(value), value).toBeNull();
    for (const value of bad) expect(check(value), value).toEqual(expect.any(String));
  });
});
