import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { numberedLines } from '../../src/import/numberedLines';

/** What the import read with before: readline over a stream, counting every line it emits. */
async function readlineLines(file: string): Promise<Array<[number, string]>> {
  const lines: Array<[number, string]> = [];
  const reader = readline.createInterface({ input: fs.createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  for await (const text of reader) lines.push([lines.length + 1, text]);
  return lines;
}

const SAMPLES: Record<string, string> = {
  'unix lines with a blank one': '{"a":1}\n\n{"b":2}\n',
  'no final line break': '{"a":1}\n{"b":2}',
  'windows line breaks': '{"a":1}\r\n{"b":2}\r\n',
  'a lone carriage return': '{"a":1}\r{"b":2}\n{"c":3}',
  'carriage returns in a row': 'a\r\r\nb\r\r',
  'multi-byte characters': '{"name":"Zoë Ñúñez 東京 🚀"}\n{"name":"Ελλάδα"}\n',
  'empty file': '',
  'only line breaks': '\n\n\r\n',
};

describe('numberedLines', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'numbered-lines-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  for (const [name, text] of Object.entries(SAMPLES)) {
    test(`numbers lines as readline does, whatever the chunk size: ${name}`, async () => {
      const file = path.join(dir, `${name.replace(/\W+/g, '-')}.ndjson`);
      fs.writeFileSync(file, text);
      const expected = await readlineLines(file);
      // Chunks of 1–7 bytes split line breaks and multi-byte characters across reads.
      for (const chunk of [1, 2, 3, 7, 1 << 22]) expect([...numberedLines(file, chunk)]).toEqual(expected);
    });
  }
});
