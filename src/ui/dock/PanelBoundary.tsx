import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** The tab shown; switching tabs clears a failure. */
  tabId: string;
  /** Show nothing on failure (header buttons), instead of a message with Retry. */
  quiet?: boolean;
  children: ReactNode;
}

interface State {
  error: Error | null;
  tabId: string;
}

/**
 * Keeps a failing dock view (a chunk that did not load after a deploy, a bug) inside its panel: the
 * canvas and the rest of the app go on working, and the view can be retried.
 */
export class PanelBoundary extends Component<Props, State> {
  state: State = { error: null, tabId: this.props.tabId };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.tabId === state.tabId ? null : { error: null, tabId: props.tabId };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('A dock view failed', error, info.componentStack);
  }

  render(): ReactNode {
    if (!this.state.error) return this.props.children;
    if (this.props.quiet) return null;
    return (
      <div className="dock-failure" role="alert">
        <p>This view failed: {this.state.error.message}</p>
        <button type="button" className="dock-retry" onClick={() => this.setState({ error: null })}>
          Retry
        </button>
      </div>
    );
  }
}
