import { useShallow } from 'zustand/react/shallow';
import { RULE_CATEGORIES, RULES, type RuleConfig, type RuleSeverity } from '../../core';
import { useStore, useStoreApi } from '../../store';
import { Modal } from '../forms';

const CHOICES: { value: '' | RuleSeverity; label: string }[] = [
  { value: '', label: 'Default' },
  { value: 'error', label: 'Error' },
  { value: 'warning', label: 'Warning' },
  { value: 'info', label: 'Info' },
  { value: 'off', label: 'Off' },
];

/**
 * Per-design rule configuration, like a linter config: each rule keeps its default severity or
 * gets another, or is switched off. Saved with the design; each change is one undo step.
 */
export function RuleSettings({ open, onClose }: { open: boolean; onClose: () => void }) {
  const store = useStoreApi();
  const config = useStore(useShallow((s) => s.design.rules ?? {}));
  const set = (id: string, value: '' | RuleSeverity) => {
    const next: RuleConfig = { ...store.getState().design.rules };
    if (value === '') delete next[id];
    else next[id] = value;
    store
      .getState()
      .apply({ type: 'updateDesign', patch: { rules: Object.keys(next).length ? next : undefined } });
  };
  return (
    <Modal open={open} title="Rules for this design" onClose={onClose} wide>
      <p>
        Changes are saved with the design and apply to the Problems list, the badges and the command line.
      </p>
      {RULE_CATEGORIES.map((category) => (
        <section key={category} className="rule-settings-group">
          <h3>{category}</h3>
          {RULES.filter((rule) => rule.meta.category === category).map(({ meta }) => (
            <label key={meta.id} className="rule-settings-row">
              <span className="rule-settings-id">{meta.id}</span>
              <span className="rule-settings-text">{meta.description}</span>
              <select
                aria-label={`Severity of ${meta.id}`}
                value={config[meta.id] ?? ''}
                onChange={(event) => set(meta.id, event.target.value as '' | RuleSeverity)}
              >
                {CHOICES.map((choice) => (
                  <option key={choice.value} value={choice.value}>
                    {choice.value === '' ? `Default (${meta.severity})` : choice.label}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </section>
      ))}
    </Modal>
  );
}
