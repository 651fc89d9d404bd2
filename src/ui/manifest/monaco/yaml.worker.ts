/**
 * The YAML language-service worker, through a bare import: the Vite dev server then serves monaco-yaml's
 * worker pre-bundled (vite.config.ts lists it in optimizeDeps.include), CommonJS dependencies such as
 * path-browserify included. Imported directly with `?worker`, the raw file fails in dev with
 * "module is not defined". The production build bundles it the same either way.
 */
import 'monaco-yaml/yaml.worker.js';
