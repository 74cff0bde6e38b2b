// Reading a response body within limits: decompressed as the server says (gzip, deflate, brotli), with the bytes
// counted while they stream, both as sent and as decompressed, so neither a huge page nor a small gzip bomb is
// ever held whole.
import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { FetchRefusal } from './refusal';

function decoderFor(encoding: string): Readable & NodeJS.WritableStream | null {
  switch (encoding) {
    case 'gzip':
    case 'x-gzip':
      return zlib.createGunzip();
    case 'deflate':
      return zlib.createInflate();
    case 'br':
      return zlib.createBrotliDecompress();
    default:
      return null;
  }
}

/** The body of `response`, decompressed, or a TOO_LARGE / CONTENT_ENCODING refusal. `signal` aborts it (the deadline). */
export function readBody(response: IncomingMessage, maxBytes: number, signal: AbortSignal): Promise<Buffer> {
  const encoding = String(response.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  const declared = Number(response.headers['content-length']);
  return new Promise<Buffer>((resolve, reject) => {
    let settled = false;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', onAbort);
      response.destroy();
      decoder?.destroy();
      reject(signal.aborted ? signal.reason : error);
    };
    const tooLarge = () => new FetchRefusal('TOO_LARGE', `the page is larger than ${maxBytes} bytes (FETCH_MAX_BYTES)`);
    if (Number.isFinite(declared) && declared > maxBytes) {
      response.destroy();
      reject(tooLarge());
      return;
    }
    const decoder = encoding === 'identity' ? null : decoderFor(encoding);
    if (encoding !== 'identity' && !decoder) {
      response.destroy();
      reject(new FetchRefusal('CONTENT_ENCODING', `the page is sent with an encoding the fetcher does not read (${encoding})`));
      return;
    }
    const onAbort = () => fail(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    let raw = 0;
    let size = 0;
    const chunks: Buffer[] = [];
    const out: Readable = decoder ?? response;
    response.on('data', (chunk: Buffer) => {
      raw += chunk.length;
      if (raw > maxBytes) fail(tooLarge());
    });
    out.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) fail(tooLarge());
      else chunks.push(chunk);
    });
    out.on('end', () => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', onAbort);
      resolve(Buffer.concat(chunks));
    });
    const broken = (error: Error) => {
      fail(error instanceof FetchRefusal ? error : new FetchRefusal('CONNECTION', `the page could not be read: ${error.message}`));
    };
    response.on('error', broken);
    response.on('aborted', () => broken(new Error('the connection closed early')));
    if (decoder) {
      decoder.on('error', (error: Error) => broken(new FetchRefusal('CONTENT_ENCODING', `the page's ${encoding} data is corrupt: ${error.message}`)));
      response.pipe(decoder);
    }
  });
}
