// Places in the change feed: the keyset (feedSeq, id) the reader pages by, compared, and written as the opaque
// string each event carries (`extensions.cursor`) and `after:` takes back. The channel is part of the string, so
// a cursor of one subscription field given to the other is refused rather than misread.
import { BadUserInputError } from '../errors';
import type { Cursor } from './feedReads';

const PREFIX = 'feed1';

export function encodeCursor(channel: string, cursor: Cursor): string {
  return Buffer.from(JSON.stringify([PREFIX, channel, cursor.seq, cursor.id])).toString('base64url');
}

/** The cursor `text` stands for on `channel`; BAD_USER_INPUT when it is not one this service wrote for it. */
export function decodeCursor(channel: string, text: string): Cursor {
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    parts = null;
  }
  if (!Array.isArray(parts) || parts.length !== 4 || parts[0] !== PREFIX) throw new BadUserInputError('`after` is not a cursor of this service: pass the `extensions.cursor` of an event');
  const [, of, seq, id] = parts as unknown[];
  if (of !== channel) throw new BadUserInputError(`\`after\` is a cursor of another subscription field (${String(of)}), not of ${channel}`);
  if (!Number.isSafeInteger(seq) || (seq as number) < 0 || (id !== null && typeof id !== 'string')) throw new BadUserInputError('`after` is not a cursor of this service: pass the `extensions.cursor` of an event');
  return { seq: seq as number, id: id as string | null };
}

/** Whether `a` lies after `b` in commit order. An id of null means "after every row of its seq". */
export function isAfter(a: Cursor, b: Cursor): boolean {
  if (a.seq !== b.seq) return a.seq > b.seq;
  if (a.id === null) return b.id !== null;
  return b.id !== null && a.id > b.id;
}

/** The later of two places. */
export function later(a: Cursor, b: Cursor): Cursor {
  return isAfter(a, b) ? a : b;
}
