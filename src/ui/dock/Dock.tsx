import { Suspense, useEffect, useId, useState, type KeyboardEvent } from 'react';
import { useStore, useStoreApi } from '../../store';
import { DOCK_TABS, type DockTab } from './dock-tabs';
import { PanelBoundary } from './PanelBoundary';
import { Splitter } from './Splitter';
import { exposeStoreForTests } from './test-hooks';
import { maxDockHeight, MIN_DOCK_HEIGHT, useDockSize } from './useDockSize';
import './dock.css';

const selectManifestTab = (s: { ui: { manifestTab: string } }) => s.ui.manifestTab;
const PROBLEMS_TAB = DOCK_TABS.find((tab) => tab.id === 'problems')!;

/**
 * The dock under the canvas: tabs of views about the design (its manifests, its problems, its docs),
 * resizable by the bar above it and collapsible to its tab row. The problems can also stand beside a
 * manifest, so that clicking one shows its lines in the editor while the list stays in view.
 */
export function Dock() {
  const store = useStoreApi();
  useEffect(() => exposeStoreForTests(store), [store]);
  const manifestTab = useStore(selectManifestTab);
  // Non-manifest tabs live here; manifest tabs in the store, so a toolbar or a test can switch them.
  const [otherTab, setOtherTab] = useState<string | null>(null);
  // Whoever switches the manifest format in the store (a toolbar, a test) brings its tab forward.
  const [seenManifestTab, setSeenManifestTab] = useState(manifestTab);
  if (seenManifestTab !== manifestTab) {
    setSeenManifestTab(manifestTab);
    setOtherTab(null);
  }
  const active = DOCK_TABS.find((tab) => tab.id === (otherTab ?? manifestTab)) ?? DOCK_TABS[0]!;
  const { height, collapsed, problemsBeside, setHeight, setCollapsed, setProblemsBeside } = useDockSize();
  const beside = problemsBeside && active.manifestTab !== undefined;
  const id = useId();
  const panelId = `${id}-panel`;
  const tabId = (tab: DockTab) => `${id}-tab-${tab.id}`;

  const open = (tab: DockTab) => {
    if (tab.manifestTab) {
      setOtherTab(null);
      store.getState().setUi({ manifestTab: tab.manifestTab });
    } else {
      setOtherTab(tab.id);
    }
    setCollapsed(false);
  };

  // Arrow keys move between tabs (the WAI-ARIA tabs pattern, automatic activation).
  const onTabKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = DOCK_TABS.indexOf(active);
    const to = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: DOCK_TABS.length - 1 }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    const tab = DOCK_TABS[(to + DOCK_TABS.length) % DOCK_TABS.length]!;
    open(tab);
    document.getElementById(tabId(tab))?.focus();
  };

  return (
    <section
      className={collapsed ? 'dock collapsed' : 'dock'}
      aria-label="Output"
      style={collapsed ? undefined : { height }}
    >
      {collapsed ? null : (
        <Splitter
          label="Resize the output panel"
          value={height}
          min={MIN_DOCK_HEIGHT}
          max={maxDockHeight()}
          controls={panelId}
          onChange={setHeight}
          onToggle={() => setCollapsed(true)}
        />
      )}
      <div className="dock-header">
        <div className="dock-tabs" role="tablist" aria-label="Output views" onKeyDown={onTabKey}>
          {DOCK_TABS.map((tab) => {
            const selected = tab === active;
            return (
              <button
                key={tab.id}
                id={tabId(tab)}
                type="button"
                role="tab"
                className="dock-tab"
                aria-selected={selected}
                aria-controls={selected ? panelId : undefined}
                tabIndex={selected ? 0 : -1}
                onClick={() => open(tab)}
              >
                {tab.label}
                {tab.Badge ? <tab.Badge /> : null}
              </button>
            );
          })}
        </div>
        <div className="dock-actions">
          {active.manifestTab ? (
            <button
              type="button"
              className="dock-beside"
              aria-pressed={problemsBeside}
              aria-label="Problems beside"
              title="Show the problems beside the manifest"
              onClick={() => {
                setProblemsBeside(!problemsBeside);
                setCollapsed(false);
              }}
            >
              <span className="dock-beside-icon" aria-hidden="true" />
              <span className="dock-beside-label">Problems beside</span>
            </button>
          ) : null}
          <PanelBoundary tabId={active.id} quiet>
            <Suspense fallback={null}>{active.actions?.()}</Suspense>
          </PanelBoundary>
        </div>
        <button
          type="button"
          className="dock-toggle"
          aria-expanded={!collapsed}
          aria-controls={panelId}
          aria-label={collapsed ? 'Expand the output panel' : 'Collapse the output panel'}
          title={collapsed ? 'Expand' : 'Collapse'}
          onClick={() => setCollapsed(!collapsed)}
        >
          <span aria-hidden="true" className={collapsed ? 'dock-chevron up' : 'dock-chevron'} />
        </button>
      </div>
      {collapsed ? null : (
        <div className="dock-body">
          <div className="dock-panel" role="tabpanel" id={panelId} aria-labelledby={tabId(active)}>
            <PanelBoundary tabId={active.id}>
              <Suspense fallback={<p className="dock-loading">Loading…</p>}>{active.render()}</Suspense>
            </PanelBoundary>
          </div>
          {beside ? (
            <section className="dock-side" aria-label="Problems beside the manifest">
              <PanelBoundary tabId={PROBLEMS_TAB.id}>
                <Suspense fallback={<p className="dock-loading">Loading…</p>}>
                  {PROBLEMS_TAB.render()}
                </Suspense>
              </PanelBoundary>
            </section>
          ) : null}
        </div>
      )}
    </section>
  );
}
