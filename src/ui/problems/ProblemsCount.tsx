import { countBySeverity } from '../../core';
import { useDiagnostics } from './diagnostics';

/** The Problems tab's count: errors and warnings, the ones that ask for action. */
export function ProblemsCount() {
  const counts = countBySeverity(useDiagnostics());
  const total = counts.error + counts.warning;
  if (total === 0) return null;
  return (
    <span
      className={counts.error > 0 ? 'tab-count tab-count-error' : 'tab-count'}
      aria-label={`${total} problems`}
    >
      {total}
    </span>
  );
}
