/** A GFM table from cells that are already escaped; an empty cell shows a dash so columns stay clear. */
export function mdTable(headers: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const cell = (text: string) => (text === '' ? '—' : text);
  return [
    `| ${headers.join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ];
}

/** "1 pod", "3 containers". */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
