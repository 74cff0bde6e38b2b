// A page's bytes as text, in the order browsers decide: a byte-order mark, the Content-Type header's charset, a
// <meta> (or XML) declaration in the first bytes, else UTF-8 when the bytes are valid UTF-8 and Windows-1252 when
// they are not (what an undeclared legacy page almost always is). ISO-8859-1 and ASCII are read as Windows-1252, as
// browsers do. iconv-lite decodes: Node 20's TextDecoder reads "windows-1252" as ISO-8859-1 (0x80 is not €).
import iconv from 'iconv-lite';

export type CharsetSource = 'bom' | 'header' | 'meta' | 'sniffed';

const PRESCAN_BYTES = 4096;
/** A multi-byte UTF-8 sequence, in bytes read one per character (latin1). */
const UTF8_SEQUENCE = /[\xC2-\xDF][\x80-\xBF]|[\xE0-\xEF][\x80-\xBF]{2}|[\xF0-\xF4][\x80-\xBF]{3}/;

/** Labels browsers read as Windows-1252 (WHATWG Encoding): its superset, whatever the page says. */
const WINDOWS_1252 = new Set(['iso-8859-1', 'iso8859-1', 'iso_8859-1', 'latin1', 'l1', 'cp819', 'ibm819', 'us-ascii', 'ascii', 'ansi_x3.4-1968', 'windows-1252', 'cp1252', 'x-cp1252']);

/** The encoding iconv-lite will decode `label` with, or null when it knows no such charset. */
function encodingOf(label: string): string | null {
  const name = label.trim().toLowerCase();
  if (WINDOWS_1252.has(name)) return 'windows-1252';
  if (name.startsWith('utf-16') || name === 'utf8' || name === 'unicode-1-1-utf-8') return 'utf-8';
  return iconv.encodingExists(name) ? name : null;
}

const decode = (body: Buffer, encoding: string) => iconv.decode(body, encoding);

function isUtf8(body: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(body);
    return true;
  } catch {
    return false;
  }
}

/** The charset a page declares in its first bytes: `<meta charset>`, `<meta http-equiv … charset=>` or `<?xml encoding>`. */
function declaredInPage(body: Buffer): string | null {
  const head = body.subarray(0, PRESCAN_BYTES).toString('latin1');
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml?.[1]) return xml[1];
  for (const meta of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const charset = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(meta);
    if (charset?.[1]) return charset[1];
  }
  return null;
}

export function decodePage(body: Buffer, headerCharset: string | null): { text: string; charset: string; source: CharsetSource } {
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return { text: decode(body.subarray(3), 'utf-8'), charset: 'utf-8', source: 'bom' };
  if (body[0] === 0xfe && body[1] === 0xff) return { text: decode(body.subarray(2), 'utf-16be'), charset: 'utf-16be', source: 'bom' };
  if (body[0] === 0xff && body[1] === 0xfe) return { text: decode(body.subarray(2), 'utf-16le'), charset: 'utf-16le', source: 'bom' };
  const candidates: Array<[string | null, CharsetSource]> = [[headerCharset, 'header'], [declaredInPage(body), 'meta']];
  for (const [label, source] of candidates) {
    // A page cannot declare UTF-16 in ASCII-compatible bytes; browsers read it as UTF-8 then (encodingOf).
    const encoding = label ? encodingOf(label) : null;
    if (!encoding) continue;
    // Declared UTF-8 but not a single valid UTF-8 sequence among bytes that are not: a legacy page mislabelled.
    if (encoding === 'utf-8' && !isUtf8(body) && !UTF8_SEQUENCE.test(body.toString('latin1'))) {
      return { text: decode(body, 'windows-1252'), charset: 'windows-1252', source: 'sniffed' };
    }
    return { text: decode(body, encoding), charset: encoding, source };
  }
  const charset = isUtf8(body) ? 'utf-8' : 'windows-1252';
  return { text: decode(body, charset), charset, source: 'sniffed' };
}
