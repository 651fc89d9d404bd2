import { useMemo, useState } from 'react';
import { countBySeverity, SEVERITIES, type Diagnostic, type Severity } from '../../core';
import { useStoreApi } from '../../store';
import { Button } from '../forms';
import { SEVERITY_ICON, SEVERITY_LABEL, useDiagnostics } from './diagnostics';
import { useRevealTarget } from './reveal';
import { RulePage } from './RulePage';
import { RuleSettings } from './RuleSettings';
import './problems.css';

/**
 * Every finding of the checks: severity, message, what it is about and which rule says so.
 * Clicking a finding selects its target and brings it into view; a quick fix is one undo step.
 */
export default function ProblemsPanel() {
  const diagnostics = useDiagnostics();
  const store = useStoreApi();
  const reveal = useRevealTarget();
  const [hidden, setHidden] = useState<Set<Severity>>(new Set());
  const [rulePage, setRulePage] = useState<string | null>(null);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const counts = countBySeverity(diagnostics);
  const shown = useMemo(() => diagnostics.filter((d) => !hidden.has(d.severity)), [diagnostics, hidden]);
  const toggle = (severity: Severity) =>
    setHidden((current) => {
      const next = new Set(current);
      if (!next.delete(severity)) next.add(severity);
      return next;
    });
  const applyFix = (d: Diagnostic) => {
    if (d.fix) store.getState().apply(d.fix.changes);
  };

  return (
    <div className="problems">
      <div className="problems-bar" role="toolbar" aria-label="Problem filters">
        {SEVERITIES.map((severity) => (
          <button
            key={severity}
            type="button"
            className={`problems-filter problems-filter-${severity}`}
            aria-pressed={!hidden.has(severity)}
            onClick={() => toggle(severity)}
          >
            <span aria-hidden="true">{SEVERITY_ICON[severity]}</span> {counts[severity]}{' '}
            {counts[severity] === 1
              ? SEVERITY_LABEL[severity].toLowerCase()
              : `${SEVERITY_LABEL[severity].toLowerCase()}s`}
          </button>
        ))}
        <span className="problems-spacer" />
        <Button small onClick={() => setSettingsOpen(true)}>
          Rules…
        </Button>
      </div>
      {shown.length === 0 ? (
        <p className="problems-empty">
          {diagnostics.length === 0 ? 'No problems: every check passes.' : 'All problems are filtered out.'}
        </p>
      ) : (
        <ul className="problems-list" aria-label="Problems">
          {shown.map((d, i) => (
            <li key={`${d.rule}:${d.target.id}:${i}`} className={`problem problem-${d.severity}`}>
              <button
                type="button"
                className="problem-main"
                onClick={() => reveal(d.target)}
                title="Show on the canvas"
              >
                <span className={`problem-severity problem-severity-${d.severity}`}>
                  <span aria-hidden="true">{SEVERITY_ICON[d.severity]}</span> {SEVERITY_LABEL[d.severity]}
                </span>
                <span className="problem-message">{d.message}</span>
                <span className="problem-target">
                  {d.target.kind} {d.target.name}
                </span>
              </button>
              <button
                type="button"
                className="problem-rule"
                onClick={() => setRulePage(d.rule)}
                title="Why? Open the rule's page"
              >
                {d.rule}
              </button>
              {d.fix ? (
                <Button
                  small
                  variant="primary"
                  onClick={() => applyFix(d)}
                  aria-label={`Quick fix: ${d.fix.title}`}
                >
                  Fix: {d.fix.title}
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <RulePage ruleId={rulePage} onClose={() => setRulePage(null)} />
      <RuleSettings open={settingsOpen} onClose={() => setSettingsOpen(false)} />
    </div>
  );
}
