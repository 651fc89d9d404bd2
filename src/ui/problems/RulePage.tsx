import { useEffect, useState } from 'react';
import { getRule } from '../../core';
import { Modal } from '../forms';
import { loadRulePage, markdownBlocks, type Block } from './rule-docs';

/** A rule's page, in the app: what it checks, why, and the page from docs/rules. */
export function RulePage({ ruleId, onClose }: { ruleId: string | null; onClose: () => void }) {
  const rule = ruleId ? getRule(ruleId) : undefined;
  // The page loaded last, with the rule it belongs to: a page of another rule is not shown.
  const [loaded, setLoaded] = useState<{ id: string; blocks: Block[] } | null>(null);
  const blocks = loaded && loaded.id === ruleId ? loaded.blocks : null;
  useEffect(() => {
    if (!ruleId) return;
    let live = true;
    void loadRulePage(ruleId).then(
      (text) => live && setLoaded({ id: ruleId, blocks: text ? markdownBlocks(text) : [] }),
    );
    return () => {
      live = false;
    };
  }, [ruleId]);
  return (
    <Modal open={ruleId !== null} title={`Rule ${ruleId ?? ''}`} onClose={onClose} wide>
      {rule ? (
        <article className="rule-page">
          <p className="rule-page-lead">{rule.meta.description}</p>
          <p>
            <strong>Why:</strong> {rule.meta.why}
          </p>
          {rule.meta.upstream.length > 0 ? (
            <p>
              <strong>Mirrors:</strong> {rule.meta.upstream.join(', ')}
            </p>
          ) : null}
          {blocks === null ? <p>Loading the rule page…</p> : null}
          {blocks
            ?.slice(1)
            .map((block, i) =>
              block.kind === 'heading' ? (
                <h3 key={i}>{block.text}</h3>
              ) : block.kind === 'code' ? (
                <pre key={i}>{block.text}</pre>
              ) : (
                <p key={i}>{block.text}</p>
              ),
            )}
        </article>
      ) : (
        <p>No rule is called “{ruleId}”.</p>
      )}
    </Modal>
  );
}
