import type { ExportNote, ExportNoteSeverity } from './types';

/** Collects export notes; keeps the first of any exact duplicate so repeated checks stay quiet. */
export class NoteList {
  readonly notes: ExportNote[] = [];
  private readonly seen = new Set<string>();

  add(code: string, severity: ExportNoteSeverity, message: string, entityId?: string): void {
    const key = `${code}\u0000${entityId ?? ''}\u0000${message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.notes.push(
      entityId === undefined ? { code, severity, message } : { code, severity, message, entityId },
    );
  }
}
