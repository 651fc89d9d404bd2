import { memo } from 'react';
import { SEVERITY_ICON, SEVERITY_LABEL, useTargetDiagnostics } from './diagnostics';
import { worstSeverity } from '../../core';
import './problems.css';

/**
 * The worst finding about a canvas node, as a small badge; hovering or focusing it lists them all.
 * Severity shows as icon and text, not colour alone.
 */
export const NodeBadge = memo(function NodeBadge({ id }: { id: string }) {
  const findings = useTargetDiagnostics(id);
  const worst = worstSeverity(findings);
  if (!worst) return null;
  const summary = findings.map((d) => `${SEVERITY_LABEL[d.severity]}: ${d.message}`).join('\n');
  return (
    <span
      className={`node-badge node-badge-${worst}`}
      role="img"
      aria-label={`${findings.length} ${findings.length === 1 ? 'problem' : 'problems'}, worst: ${worst}`}
      title={summary}
      tabIndex={0}
    >
      <span aria-hidden="true">{SEVERITY_ICON[worst]}</span>
      <span aria-hidden="true">{findings.length}</span>
      <span className="node-badge-list" role="tooltip">
        {findings.map((d, i) => (
          <span key={i} className={`node-badge-item node-badge-item-${d.severity}`}>
            <strong>{SEVERITY_LABEL[d.severity]}</strong> {d.message}
          </span>
        ))}
      </span>
    </span>
  );
});
