import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * Packages that must never reach the entry chunk: the app loads them on demand (React.lazy / import()).
 * Monaco alone is about 1 MB gzip and elkjs about 450 kB, against an entry of about 150 kB.
 */
const LAZY_ONLY =
  /[\\/]node_modules[\\/](monaco-editor|@monaco-editor[\\/]react|monaco-yaml|elkjs|kubernetes-models|@kubernetes-models)[\\/]/;

/**
 * Fails the build when a lazy-only package is reachable from an entry through static imports, so a stray
 * `import 'monaco-editor'` in a component shows up as a build error instead of a slow first paint.
 */
function keepHeavyPackagesLazy(): Plugin {
  return {
    name: 'podwright:keep-heavy-packages-lazy',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = new Map<string, { imports: string[]; moduleIds: string[] }>();
      for (const item of Object.values(bundle)) {
        if (item.type === 'chunk') chunks.set(item.fileName, item);
      }
      for (const entry of Object.values(bundle)) {
        if (entry.type !== 'chunk' || !entry.isEntry) continue;
        const seen = new Set<string>();
        const queue = [entry.fileName];
        while (queue.length > 0) {
          const fileName = queue.pop()!;
          if (seen.has(fileName)) continue;
          seen.add(fileName);
          const chunk = chunks.get(fileName);
          if (!chunk) continue;
          const offender = chunk.moduleIds.find((id) => LAZY_ONLY.test(id));
          if (offender) {
            this.error(
              `${offender} is statically reachable from the entry ${entry.fileName} (via ${fileName}); ` +
                'load it with React.lazy or import() instead.',
            );
          }
          queue.push(...chunk.imports);
        }
      }
    },
  };
}

export default defineConfig({
  plugins: [react(), keepHeavyPackagesLazy()],
  resolve: {
    alias: [
      // monaco-editor 0.56+ publishes an exports map ("./*" -> "./esm/vs/*.js"), but monaco-worker-manager
      // (used by monaco-yaml) still deep-imports "monaco-editor/esm/vs/editor/editor.worker.js". Rewrite
      // such paths to the exported form; the optional ".js" is dropped first so it is not doubled.
      { find: /^monaco-editor\/esm\/vs\/(.+?)(?:\.js)?$/, replacement: 'monaco-editor/$1.js' },
    ],
  },
  optimizeDeps: {
    // Without this the dev server discovers the worker on first use and reloads the page mid-session.
    include: ['monaco-yaml/yaml.worker.js'],
  },
  worker: {
    // Monaco's and monaco-yaml's workers are ES modules with imports; the iife default cannot split them.
    format: 'es',
  },
  build: {
    target: 'es2022',
    // Monaco's own chunk is legitimately large; it is lazy, so warn only far above it.
    chunkSizeWarningLimit: 5000,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // Libraries the first paint needs, in one long-cached chunk. `$initial` limits the group to
            // modules statically reachable from the entry, so lazy packages can never be pulled in here.
            { name: 'vendor', test: /[\\/]node_modules[\\/]/, tags: ['$initial'] },
          ],
        },
      },
    },
  },
  server: {
    host: '127.0.0.1',
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
  },
});
