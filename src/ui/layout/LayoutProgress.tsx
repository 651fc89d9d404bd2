import { describePhase, useLayoutPhase } from './progress';

/**
 * A small status pill while a layout runs: ELK says nothing until it is done, so it names the phase
 * and how many nodes are being placed. A live region, so screen readers hear it too.
 */
export function LayoutProgress() {
  const phase = useLayoutPhase();
  return (
    <div role="status" aria-label="Layout progress" className={phase ? 'layout-progress' : 'visually-hidden'}>
      {phase ? (
        <>
          <span className="layout-spinner" aria-hidden="true" />
          {describePhase(phase)}
        </>
      ) : null}
    </div>
  );
}
