import type { Design } from '../../model/types';
import type { DiagnosticTarget, RunRulesOptions, Severity } from '../types';

/** What a test expects of one finding; only the fields given are compared. */
export interface ExpectedFinding {
  severity?: Severity;
  target?: Partial<DiagnosticTarget>;
  /** A part of the message, e.g. the entity names it must mention. */
  messageIncludes?: string;
  /** The quick fix's title, or false when the finding must have none. */
  fix?: string | false;
}

export interface ValidCase {
  name: string;
  design: Design;
  options?: RunRulesOptions;
}

export interface InvalidCase extends ValidCase {
  expected: ExpectedFinding[];
}

/** A rule's table: designs it must accept and designs it must flag, with what it must say. */
export interface RuleCases {
  valid: ValidCase[];
  invalid: InvalidCase[];
}
