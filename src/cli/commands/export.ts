/**
 * `podwright export <design.json> --format k8s|compose [-o FILE] [--k8s-version 1.33]`: the design as
 * Kubernetes manifests or a Compose file, on stdout or in a file. Export notes go to stderr: each
 * warning on its own line, the informational ones counted.
 */
import { exportCompose, exportKubernetes, parseKubeVersion, type ExportResult } from '../../core/export';
import { readDesignFile } from '../design-file';
import { CliError, parseArgs, type CliIo } from '../io';
import type { Command } from './index';

const USAGE = 'podwright export <design.json> --format k8s|compose [-o FILE] [--k8s-version 1.33]';

const SPEC = {
  format: { values: ['k8s', 'compose'] as const },
  output: { alias: 'o' },
  'k8s-version': {},
} as const;

function reportNotes(result: ExportResult, io: CliIo): void {
  let infos = 0;
  for (const note of result.notes) {
    if (note.severity === 'warning') io.stderr(`warning [${note.code}] ${note.message}\n`);
    else infos++;
  }
  if (infos > 0) {
    io.stderr(
      `${infos} more ${infos === 1 ? 'note' : 'notes'} on what ${result.format === 'k8s' ? 'Kubernetes' : 'Compose'} cannot express; see docs/conversion-matrix.md\n`,
    );
  }
}

export const exportCommand: Command = {
  summary: 'write a design as Kubernetes YAML or a Compose file',
  run(argv, io) {
    const { positional, options } = parseArgs(argv, SPEC);
    if (positional.length !== 1) throw new CliError(`expected one design file; usage: ${USAGE}`);
    const format = options.format;
    if (!format) throw new CliError(`--format k8s or --format compose is required; usage: ${USAGE}`);
    const version = options['k8s-version'];
    if (version !== undefined) {
      if (format !== 'k8s') throw new CliError('--k8s-version applies to --format k8s only');
      if (!parseKubeVersion(version))
        throw new CliError(`--k8s-version must look like 1.33, not "${version}"`);
    }
    const file = positional[0]!;
    const design = readDesignFile(io, file);
    const result =
      format === 'k8s'
        ? exportKubernetes(design, version ? { kubernetesVersion: version } : {})
        : exportCompose(design);
    if (options.output) io.writeFile(options.output, result.text);
    else io.stdout(result.text);
    reportNotes(result, io);
    return 0;
  },
};
