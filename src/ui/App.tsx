/**
 * The app shell: toolbar on top, palette left, canvas centre, inspector right, panels below.
 * Each region is its own component in its own folder; this file only lays them out.
 */
export function App() {
  return (
    <div className="app">
      <header className="app-toolbar" role="banner">
        <span className="app-title">Podwright</span>
      </header>
      <aside className="app-palette" aria-label="Palette" />
      <main className="app-canvas" aria-label="Canvas" />
      <aside className="app-inspector" aria-label="Inspector" />
    </div>
  );
}
