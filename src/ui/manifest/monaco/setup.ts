/**
 * Monaco, from the app's own bundle, with only what a read-only YAML viewer needs. This module is
 * reachable only through the lazily loaded manifest panel (vite.config.ts fails the build otherwise).
 *
 * - `monaco-editor/editor` is the bare API. The full `monaco-editor` entry would register every language
 *   and emit about 9 MB of workers (TypeScript's alone 6.9 MB) that this panel never uses.
 * - `loader.config({ monaco })`: without it @monaco-editor/react fetches Monaco from a public CDN, and the
 *   editor never appears on an offline machine.
 * - Workers are Vite `?worker` bundles served from our origin; monaco-yaml's goes through the legacy bridge.
 */
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/folding/register';
import 'monaco-editor/features/gotoError/register';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/smartSelect/register';
import 'monaco-editor/features/stickyScroll/register';
import 'monaco-editor/features/wordHighlighter/register';
// Monarch highlighting of YAML; monaco-yaml adds the language service (hover, folding, diagnostics).
import 'monaco-editor/languages/definitions/yaml/register';
import { loader } from '@monaco-editor/react';
import { configureMonacoYaml } from 'monaco-yaml';
// Vite's `?worker` modules default-export a Worker constructor (typed by vite/client); the linter cannot see it.
// oxlint-disable-next-line import/default
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
// oxlint-disable-next-line import/default
import YamlWorker from './yaml.worker?worker';
import type { ExportFormat } from '../exporters';
import { composeHoverSchema } from '../schemas/compose-hover';
import { kubernetesHoverSchema } from '../schemas/kubernetes-hover';
import { withLegacyWorkerBridge } from './legacy-worker-bridge';

export { monaco };

/** One model per format, kept for the session so switching tabs keeps each one's folding and scroll. */
export const MODEL_PATH: Record<ExportFormat, string> = {
  k8s: 'file:///podwright/manifest.k8s.yaml',
  compose: 'file:///podwright/compose.yaml',
};

export const THEME = 'podwright';

function createWorker(_moduleId: string, label: string): Worker {
  return label === 'yaml' ? new YamlWorker({ name: 'yaml' }) : new EditorWorker({ name: label });
}

let configured = false;

/** Idempotent: the panel calls it before its first render. */
export function setUpMonaco(): typeof monaco {
  if (configured) return monaco;
  configured = true;
  globalThis.MonacoEnvironment = { getWorker: createWorker };
  loader.config({ monaco });

  for (const format of ['k8s', 'compose'] as const) {
    const uri = monaco.Uri.parse(MODEL_PATH[format]);
    if (monaco.editor.getModel(uri)) continue;
    // `\n` on every platform: the export engine's edits are offsets into `\n`-separated text.
    monaco.editor.createModel('', 'yaml', uri).setEOL(monaco.editor.EndOfLineSequence.LF);
  }

  monaco.editor.defineTheme(THEME, {
    base: 'vs',
    inherit: true,
    rules: [{ token: 'comment', foreground: '6a7385', fontStyle: 'italic' }],
    colors: {
      'editor.background': '#ffffff',
      'editor.lineHighlightBackground': '#f3f5f9',
      'editorLineNumber.foreground': '#a0a7b4',
      'editorStickyScroll.background': '#f6f7f9',
    },
  });

  configureMonacoYaml(withLegacyWorkerBridge(monaco, createWorker), {
    // Everything works offline: our own schemas, never a download.
    enableSchemaRequest: false,
    hoverSchemaSource: false,
    completion: false,
    format: { enable: false },
    validate: true,
    schemas: [
      {
        uri: 'podwright:schema/kubernetes',
        fileMatch: ['**/manifest.k8s.yaml'],
        schema: kubernetesHoverSchema,
      },
      { uri: 'podwright:schema/compose', fileMatch: ['**/compose.yaml'], schema: composeHoverSchema },
    ],
  });
  return monaco;
}
