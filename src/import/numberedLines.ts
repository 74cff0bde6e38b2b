// The lines of a text file, numbered as an editor numbers them, for NDJSON inputs of any size (the file is never
// one string). Read in large synchronous chunks: readline's stream and per-line events cost more than the
// JSON.parse of a short document, and the import reads nothing else meanwhile.
import fs from 'node:fs';
import { StringDecoder } from 'node:string_decoder';

const CHUNK_BYTES = 1 << 22;

/** Each line of `file` with its 1-based number. Lines break as readline breaks them: at \n, \r\n and a lone \r. */
export function* numberedLines(file: string, chunkBytes = CHUNK_BYTES): Generator<[number, string]> {
  const fd = fs.openSync(file, 'r');
  const buffer = Buffer.allocUnsafe(chunkBytes);
  const decoder = new StringDecoder('utf8');
  let line = 0;
  let carry = '';
  function* split(text: string): Generator<[number, string]> {
    const trimmed = text.endsWith('\r') ? text.slice(0, -1) : text;
    if (!trimmed.includes('\r')) yield [(line += 1), trimmed];
    else for (const part of trimmed.split('\r')) yield [(line += 1), part];
  }
  try {
    for (let read = fs.readSync(fd, buffer, 0, chunkBytes, null); read > 0; read = fs.readSync(fd, buffer, 0, chunkBytes, null)) {
      const text = carry + decoder.write(buffer.subarray(0, read));
      let start = 0;
      for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
        yield* split(text.slice(start, end));
        start = end + 1;
      }
      carry = text.slice(start);
    }
    carry += decoder.end();
    if (carry !== '') yield* split(carry);
  } finally {
    fs.closeSync(fd);
  }
}
