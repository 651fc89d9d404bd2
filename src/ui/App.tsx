import { ReactFlowProvider } from '@xyflow/react';
import { StoreProvider, type PodwrightStore } from '../store';
import { Canvas } from './canvas/Canvas';
import { Dock } from './dock/Dock';
import { Inspector } from './inspector/Inspector';
import { Notices } from './notices/Notices';
import { Palette } from './palette/Palette';
import { PatternMenu } from './patterns';
import { Toolbar } from './toolbar/Toolbar';

/**
 * The app shell: toolbar on top, palette left, canvas centre, inspector right.
 * Each region is its own component in its own folder; this file only lays them out.
 */
export function App({ store }: { store?: PodwrightStore }) {
  return (
    <StoreProvider store={store}>
      <ReactFlowProvider>
        <div className="app">
          <Toolbar />
          <Palette />
          <main className="app-main" aria-label="Design">
            <Canvas />
          </main>
          <Dock />
          <Inspector />
          <Notices />
          <PatternMenu />
        </div>
      </ReactFlowProvider>
    </StoreProvider>
  );
}
