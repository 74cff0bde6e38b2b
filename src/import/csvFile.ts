// One CSV file in neo4j-admin's format: a header of `name:type` columns, RFC 4180 quoting, list elements joined
// by ARRAY_DELIMITER. A null is an empty unquoted field (no property); an empty string or list is `""` (the
// property, empty), as the online path stores them. Rows are buffered and written synchronously in large
// chunks: the import spends its time on the rows, not on the stream machinery.
import fs from 'node:fs';

/** Between list elements: a control character no name or alias holds (`;`, the importer's default, might). */
export const ARRAY_DELIMITER = '\u001f';
/** The same, as neo4j-admin's --array-delimiter spells it. */
export const ARRAY_DELIMITER_OPTION = 'U+001F';

const CHUNK = 1 << 20;
const NEEDS_QUOTES = /[",\r\n]/;
const LINE_BREAK = /[\r\n]/;

export type CsvValue = string | number | string[] | null | undefined | { toString(): string };

export class CsvFile {
  private readonly fd: number;
  private buffer = '';
  /** Whether any field holds a line break: the importer must be told to parse such files slowly. */
  multiline = false;
  rows = 0;

  constructor(readonly path: string, header: readonly string[]) {
    this.fd = fs.openSync(path, 'w');
    this.buffer = `${header.join(',')}\n`;
  }

  private field(value: CsvValue): string {
    if (value === null || value === undefined) return '';
    const text = Array.isArray(value) ? value.join(ARRAY_DELIMITER) : String(value);
    if (text === '') return '""';
    if (!NEEDS_QUOTES.test(text)) return text;
    if (LINE_BREAK.test(text)) this.multiline = true;
    return `"${text.replace(/"/g, '""')}"`;
  }

  row(values: readonly CsvValue[]): void {
    let line = '';
    for (let i = 0; i < values.length; i += 1) line += (i ? ',' : '') + this.field(values[i]);
    this.buffer += `${line}\n`;
    this.rows += 1;
    if (this.buffer.length >= CHUNK) this.flush();
  }

  private flush(): void {
    fs.writeSync(this.fd, this.buffer);
    this.buffer = '';
  }

  close(): void {
    this.flush();
    fs.closeSync(this.fd);
  }
}
