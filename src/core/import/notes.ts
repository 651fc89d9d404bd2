/**
 * Import notes as they are collected: a code, a severity, a sentence and a place. Positions are
 * worked out once, when the notes are handed out.
 */
import { positionOf, type Place } from './load/source';
import type { ImportNote, ImportNoteSeverity } from './types';

interface PendingNote {
  code: string;
  severity: ImportNoteSeverity;
  message: string;
  place: Place;
  entityId?: string;
}

export class NoteSink {
  private readonly pending: PendingNote[] = [];
  private readonly seen = new Set<string>();
  private errorCount = 0;
  /** File order, so that notes come out file by file. */
  private readonly fileOrder = new Map<string, number>();

  add(code: string, severity: ImportNoteSeverity, message: string, place: Place, entityId?: string): void {
    const where = `${place.doc?.index ?? ''}:${place.offset ?? ''}:${JSON.stringify(place.path ?? [])}`;
    const key = `${code}\u0000${place.file.name}\u0000${where}\u0000${message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    if (!this.fileOrder.has(place.file.name)) this.fileOrder.set(place.file.name, this.fileOrder.size);
    if (severity === 'error') this.errorCount++;
    this.pending.push({ code, severity, message, place, ...(entityId ? { entityId } : {}) });
  }

  error(code: string, message: string, place: Place, entityId?: string): void {
    this.add(code, 'error', message, place, entityId);
  }

  warn(code: string, message: string, place: Place, entityId?: string): void {
    this.add(code, 'warning', message, place, entityId);
  }

  info(code: string, message: string, place: Place, entityId?: string): void {
    this.add(code, 'info', message, place, entityId);
  }

  get hasErrors(): boolean {
    return this.errorCount > 0;
  }

  /** The notes with their positions, file by file and in text order within a file. */
  notes(): ImportNote[] {
    const located = this.pending.map((note, index) => {
      const { line, column } = positionOf(note.place);
      const out: ImportNote = {
        code: note.code,
        severity: note.severity,
        message: note.message,
        file: note.place.file.name,
        line,
        column,
      };
      if (note.entityId) out.entityId = note.entityId;
      return { out, index, file: this.fileOrder.get(note.place.file.name) ?? 0 };
    });
    located.sort(
      (a, b) =>
        a.file - b.file || a.out.line - b.out.line || a.out.column - b.out.column || a.index - b.index,
    );
    return located.map((entry) => entry.out);
  }
}
