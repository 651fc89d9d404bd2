import { RULES } from './registry';
import type { Diagnostic, Severity } from './types';

/** A finding with the file it was found in and where, as the command line reports it. */
export interface LocatedDiagnostic extends Diagnostic {
  file?: string;
  line?: number;
  column?: number;
}

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};

/** A path as a SARIF artifact URI: forward slashes, each segment percent-encoded. */
function toUri(file: string): string {
  const path = file.replace(/\\/g, '/');
  const encoded = path.split('/').map(encodeURIComponent).join('/');
  return path.startsWith('/') ? `file://${encoded}` : encoded;
}

/**
 * The findings as a SARIF 2.1.0 log (the format code-scanning services read). Every rule is listed in
 * the tool's driver, with its description, why, docs page and default level; results point at the file
 * and, when known, the line and column, and name the entity as a logical location.
 */
export function toSarif(diagnostics: readonly LocatedDiagnostic[], toolVersion = '0.1.0'): string {
  const ruleIndex = new Map(RULES.map((rule, i) => [rule.meta.id, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'podwright',
            version: toolVersion,
            rules: RULES.map(({ meta }) => ({
              id: meta.id,
              shortDescription: { text: meta.description },
              fullDescription: { text: meta.why },
              help: {
                text: `${meta.why} See ${meta.docs}.`,
                markdown: `${meta.why} See [${meta.docs}](${meta.docs}).`,
              },
              defaultConfiguration: { level: LEVEL[meta.severity] },
              properties: {
                category: meta.category,
                tags: [meta.category],
                docs: meta.docs,
                upstream: meta.upstream,
              },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: diagnostics.map((d) => ({
          ruleId: d.rule,
          ...(ruleIndex.has(d.rule) ? { ruleIndex: ruleIndex.get(d.rule) } : {}),
          level: LEVEL[d.severity],
          message: { text: d.message },
          locations: [
            {
              ...(d.file !== undefined
                ? {
                    physicalLocation: {
                      artifactLocation: { uri: toUri(d.file) },
                      region: { startLine: d.line ?? 1, startColumn: d.column ?? 1 },
                    },
                  }
                : {}),
              logicalLocations: [
                { name: d.target.name, kind: d.target.kind === 'design' ? 'module' : 'object' },
              ],
            },
          ],
          ...(d.fix ? { properties: { quickFix: d.fix.title } } : {}),
        })),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
