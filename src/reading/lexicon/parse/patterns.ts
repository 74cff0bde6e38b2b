// One verb pattern line of CAMEO.2.0.txt (`- $ * (AS &NEGOTIATOR) (WITH +)  [045]`) into tokens, its codes and the
// derived `objectVia`/`needs`. Syntax as PETRreader.read_verb_dictionary documents it: `*` the verb, `( … )` a
// prepositional phrase (preposition first), `{ … }` consecutive words, `&NAME` a synset, `+` target, `$` source.
import { typeOfCameoCode } from '../cameo';
import type { CodedAs, PatternToken, VerbPattern } from '../types';

/** `[112]`, `[042:043]`, `[:173]`, `[---]`, `[080!]` → the forward event, the reverse one, or "no event". */
export function parseCode(raw: string): { event: CodedAs | null; reverse?: CodedAs; noEvent?: true } {
  const code = raw.replace(/!/g, '').trim();
  if (code === '---' || code === '') return { event: null, noEvent: true };
  const [forward = '', back = ''] = code.split(':');
  const coded = (c: string): CodedAs | null => (/^\d{2,4}$/.test(c) ? { code: c, type: typeOfCameoCode(c) } : null);
  const event = coded(forward);
  const reverse = coded(back);
  return { event, ...(reverse ? { reverse } : {}) };
}

class UnknownSynset extends Error {}

function wordToken(raw: string, synsets: ReadonlySet<string>): PatternToken {
  // A synset's label may end in `_` (no plurals): `&AUXVERB_` names it whole.
  if (raw.startsWith('&') && !raw.slice(1).includes('&') && synsets.has(raw)) return { synset: raw };
  const word = raw.replace(/_+$/, '');
  const element = (w: string): { word: string } | { synset: string } => {
    if (!w.startsWith('&')) return { word: w.toLowerCase() };
    const name = synsets.has(w) ? w : `${w}_`;
    if (!synsets.has(name)) throw new UnknownSynset(w);
    return { synset: name };
  };
  if (word === '+') return { slot: 'target' };
  if (word === '$') return { slot: 'source' };
  if (word === '^' || word === '%') return { slot: 'skip' };
  const parts = word.split('_').filter((p) => p !== '');
  if (parts.length > 1) return { phrase: parts.map(element) };
  const only = element(parts[0] ?? word);
  return only;
}

/** Tokens of one side of a pattern; throws UnknownSynset for a synset the file never defines (PETRARCH skips those). */
function tokenize(segment: string, synsets: ReadonlySet<string>): PatternToken[] {
  const items = segment.replace(/([(){}])/g, ' $1 ').split(/\s+/).filter((s) => s !== '');
  let i = 0;
  const sequence = (closing: string | null): PatternToken[] => {
    const out: PatternToken[] = [];
    while (i < items.length) {
      const item = items[i] as string;
      i += 1;
      if (item === closing) return out;
      if (item === '(') {
        const head = items[i];
        const prep = head && /^[A-Za-z]+$/.test(head) ? head.toLowerCase() : '';
        if (prep) i += 1;
        out.push({ prep, object: sequence(')') });
      } else if (item === '{') {
        const words: Array<{ word: string } | { synset: string }> = [];
        while (i < items.length && items[i] !== '}') {
          const t = wordToken(items[i] as string, synsets);
          if ('word' in t || 'synset' in t) words.push(t);
          else if ('phrase' in t) words.push(...t.phrase);
          i += 1;
        }
        i += 1;
        const only = words[0];
        if (words.length === 1 && only) out.push(only);
        else if (words.length > 1) out.push({ phrase: words });
      } else if (item !== ')' && item !== '}') {
        out.push(wordToken(item, synsets));
      }
    }
    return out;
  };
  return sequence(null);
}

/** Words English uses before a target ("call on +", "talks with +"). */
const PREPOSITIONS = new Set(['with', 'to', 'on', 'upon', 'against', 'from', 'for', 'into', 'in', 'at', 'toward', 'towards', 'between', 'of', 'by', 'over', 'about', 'onto']);

function isTarget(t: PatternToken | undefined): boolean {
  return t !== undefined && 'slot' in t && t.slot === 'target';
}

/** How the target follows the verb: '' direct object, a preposition, null when the pattern does not place it. */
function deriveObjectVia(after: PatternToken[]): { via: string | null; viaIndex: number } {
  const at = after.findIndex(isTarget);
  if (at >= 0) {
    const prev = at > 0 ? after[at - 1] : undefined;
    if (prev && 'word' in prev && PREPOSITIONS.has(prev.word)) return { via: prev.word, viaIndex: at - 1 };
    if (prev && 'prep' in prev && prev.object.length === 0) return { via: prev.prep, viaIndex: -1 };
    return { via: '', viaIndex: -1 };
  }
  const inPrep = after.find((t) => 'prep' in t && t.object.some(isTarget));
  if (inPrep && 'prep' in inPrep) return { via: inPrep.prep, viaIndex: -1 };
  // An empty prepositional phrase, "(WITH)": its object, whatever it is, is where PETRARCH finds the target.
  const empty = after.find((t) => 'prep' in t && t.object.length === 0);
  if (empty && 'prep' in empty) return { via: empty.prep, viaIndex: -1 };
  return { via: null, viaIndex: -1 };
}

function literalWords(tokens: PatternToken[], skip: number): string[] {
  const out: string[] = [];
  tokens.forEach((t, i) => {
    if (i === skip) return;
    if ('word' in t) out.push(t.word);
    else if ('synset' in t) out.push(t.synset);
    else if ('phrase' in t) out.push(t.phrase.map((p) => ('word' in p ? p.word : p.synset)).join(' '));
    else if ('prep' in t) out.push(...literalWords(t.object, -1));
  });
  return out;
}

export type PatternResult = { pattern: VerbPattern } | { dropped: 'no-verb-marker' | 'no-code' | 'unknown-synset' };

/** A `- … * … [code]` line (the leading `-` and the comment already removed). */
export function parsePattern(body: string, line: number, synsets: ReadonlySet<string>): PatternResult {
  const codeMatch = /\[([^\]]*)\]\s*$/.exec(body);
  if (!codeMatch) return { dropped: 'no-code' };
  const text = body.slice(0, codeMatch.index);
  const star = text.indexOf('*');
  if (star < 0) return { dropped: 'no-verb-marker' };
  try {
    const before = tokenize(text.slice(0, star), synsets);
    const after = tokenize(text.slice(star + 1), synsets);
    const { via, viaIndex } = deriveObjectVia(after);
    const code = parseCode(codeMatch[1] ?? '');
    const pattern: VerbPattern = { event: code.event, ...(code.reverse ? { reverse: code.reverse } : {}), ...(code.noEvent ? { noEvent: true as const } : {}), before, after, objectVia: via, needs: literalWords(after, viaIndex), line };
    return { pattern };
  } catch (e) {
    if (e instanceof UnknownSynset) return { dropped: 'unknown-synset' };
    throw e;
  }
}
