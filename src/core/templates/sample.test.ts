import { describe, expect, it } from 'vitest';
import { integrityIssues } from '../model/integrity';
import { runRules } from '../rules';
import { sampleDesign } from './sample';

describe('the sample design a first visit opens with', () => {
  it('is consistent and raises no finding: it shows the pattern done right', () => {
    const design = sampleDesign();
    expect(integrityIssues(design)).toEqual([]);
    expect(runRules(design).map((d) => `${d.rule}: ${d.message}`)).toEqual([]);
  });
});
