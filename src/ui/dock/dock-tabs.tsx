/**
 * The dock's tabs, as data: adding a view (the Problems list, say) is one entry here. Each panel is
 * loaded on demand, so a tab costs the entry chunk nothing until it is opened.
 */
import { lazy, type ComponentType, type ReactNode } from 'react';
import type { UiState } from '../../store';
import { ProblemsCount } from '../problems/ProblemsCount';

const ManifestPanel = lazy(() => import('../manifest/ManifestPanel'));
const ManifestActions = lazy(() => import('../manifest/ManifestActions'));
const ProblemsPanel = lazy(() => import('../problems/ProblemsPanel'));
const DocsPanel = lazy(() => import('../docs/DocsPanel'));
const DocsActions = lazy(() => import('../docs/DocsActions'));

export interface DockTab {
  /** Stable, used in element ids. */
  id: string;
  label: string;
  /** Shown after the label, e.g. a count of problems. */
  Badge?: ComponentType;
  /** A manifest tab keeps its format in the store (`ui.manifestTab`), so other parts can switch it. */
  manifestTab?: UiState['manifestTab'];
  /** The panel. Tabs that render the same component keep one instance (one editor for both formats). */
  render(): ReactNode;
  /** Buttons for the header, beside the collapse toggle; they stay usable with the dock collapsed. */
  actions?(): ReactNode;
}

export const DOCK_TABS: readonly DockTab[] = [
  {
    id: 'k8s',
    label: 'Kubernetes',
    manifestTab: 'k8s',
    render: () => <ManifestPanel format="k8s" />,
    actions: () => <ManifestActions format="k8s" />,
  },
  {
    id: 'compose',
    label: 'Compose',
    manifestTab: 'compose',
    render: () => <ManifestPanel format="compose" />,
    actions: () => <ManifestActions format="compose" />,
  },
  {
    id: 'problems',
    label: 'Problems',
    Badge: ProblemsCount,
    render: () => <ProblemsPanel />,
  },
  {
    id: 'docs',
    label: 'Docs',
    render: () => <DocsPanel />,
    actions: () => <DocsActions />,
  },
];
