import type { Design } from '../model/types';

/** The book's pattern families, as the gallery groups its templates. */
export type PatternFamily = 'sidecar' | 'ambassador' | 'adapter' | 'microservices' | 'serving';
export const PATTERN_FAMILIES: readonly PatternFamily[] = [
  'sidecar',
  'ambassador',
  'adapter',
  'microservices',
  'serving',
];

/** Why a template looks the way it does: one short paragraph each, in plain words. */
export interface TemplateExplanation {
  /** What the pattern is, told through this design. */
  pattern: string;
  /** When to reach for it. */
  whenToUse: string;
  /** What it costs and what to watch. */
  tradeOffs: string;
  /** The book chapter it comes from. */
  source: string;
}

/** One entry of the pattern library: a complete, checked, documented design and its explanation. */
export interface TemplateMeta {
  /** Kebab-case, stable: `podwright new --template <id>` and share links use it. */
  id: string;
  title: string;
  family: PatternFamily;
  /** One sentence for the gallery card and `podwright templates`. */
  summary: string;
  explanation: TemplateExplanation;
  /** A fresh copy of the design, the same every call (fixed ids, so links and tests are stable). */
  design(): Design;
}
