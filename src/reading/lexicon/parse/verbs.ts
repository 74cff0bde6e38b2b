// CAMEO.2.0.txt → synsets, verb blocks with their patterns, and every inflected verb form with its senses.
// Format: PETRreader.read_verb_dictionary (PETRARCH2) and the file's own header.
import type { CodedAs, VerbBlock, VerbSenseRecord } from '../types';
import { parseCode, parsePattern } from './patterns';
import { numberedLines, phraseWords, regularPlural, regularVerbForms, stripComment } from './text';

export interface VerbStats {
  verbLines: number;
  patterns: number;
  dropped: Record<string, number>;
}

export interface ParsedVerbs {
  synsets: Record<string, string[][]>;
  blocks: VerbBlock[];
  forms: Map<string, VerbSenseRecord[]>;
  stats: VerbStats;
}

/** `+TRUCE` lines after an `&NAME` label; plurals unless the label or the phrase ends in `_`. */
function readSynsets(lines: Array<{ n: number; raw: string }>): Record<string, string[][]> {
  const synsets: Record<string, string[][]> = {};
  let current: { name: string; plurals: boolean; phrases: Map<string, string[]> } | null = null;
  const close = (): void => {
    if (current) synsets[current.name] = [...current.phrases.values()];
    current = null;
  };
  for (const { raw } of lines) {
    const text = stripComment(raw).trim();
    if (raw.startsWith('#') || (text === '' && raw.trim().startsWith('#'))) continue;
    if (text.startsWith('&')) {
      close();
      const name = text.split(/\s+/)[0] as string;
      current = { name, plurals: !name.endsWith('_'), phrases: new Map() };
    } else if (current && text.startsWith('+')) {
      const term = text.slice(1).trim();
      const words = phraseWords(term);
      if (words.length === 0) continue;
      current.phrases.set(words.join(' '), words);
      const last = words[words.length - 1] as string;
      if (current.plurals && !term.endsWith('_')) {
        const plural = [...words.slice(0, -1), regularPlural(last)];
        current.phrases.set(plural.join(' '), plural);
      }
    } else {
      close();
    }
  }
  close();
  return synsets;
}

interface VerbWord {
  verb: string;
  before: string[];
  after: string[];
}

/** `RE_+ARREST` → verb "arrest" after "re"; `+CALL_OFF` → "call" before "off"; `ACCUSE` → "accuse". */
function splitVerbPhrase(token: string): VerbWord | null {
  const parts = token.replace(/_+$/, '').split('_').filter((p) => p !== '');
  if (parts.length === 1) return { verb: (parts[0] as string).replace(/^\+/, '').toLowerCase(), before: [], after: [] };
  const at = parts.findIndex((p) => p.startsWith('+'));
  if (at < 0) return null;
  const lower = parts.map((p) => p.replace(/^\+/, '').toLowerCase());
  return { verb: lower[at] as string, before: lower.slice(0, at), after: lower.slice(at + 1) };
}

/** The forms of one verb line: its irregular forms when `{…}` lists them (all of them, as PETRARCH requires), else the regular ones. */
function verbLineForms(primary: string, irregular: string[]): VerbWord[] | null {
  const head = splitVerbPhrase(primary);
  if (!head) return null;
  if (irregular.length > 0) {
    const listed = irregular.map(splitVerbPhrase).filter((w): w is VerbWord => w !== null);
    return [head, ...listed];
  }
  return regularVerbForms(head.verb).map((verb) => ({ verb, before: head.before, after: head.after }));
}

function sameEvent(a: CodedAs | null, b: CodedAs | null): boolean {
  return (a?.code ?? null) === (b?.code ?? null);
}

export function parseVerbDictionary(text: string): ParsedVerbs {
  const lines = numberedLines(text);
  const patternsStart = lines.findIndex((l) => l.raw.startsWith('####### VERB PATTERNS'));
  const synsets = readSynsets(patternsStart >= 0 ? lines.slice(0, patternsStart) : lines);
  const synsetNames = new Set(Object.keys(synsets));
  const blocks: VerbBlock[] = [];
  const blockByName = new Map<string, number>();
  const verbs: Array<{ block: number; lemma: string; event: CodedAs | null; forms: VerbWord[] }> = [];
  const stats: VerbStats = { verbLines: 0, patterns: 0, dropped: {} };
  const drop = (why: string): void => {
    stats.dropped[why] = (stats.dropped[why] ?? 0) + 1;
  };
  let current = -1;
  let inTransformations = false;
  for (const { n, raw } of lines.slice(patternsStart >= 0 ? patternsStart + 1 : 0)) {
    if (raw.startsWith('######## TRANSFORMATIONS')) inTransformations = true;
    const text = stripComment(raw).trim();
    if (text === '' || raw.startsWith('#')) continue;
    const header = /^---\s+(\S+)\s+\[([^\]]*)\]\s*---/.exec(text);
    if (header) {
      const name = header[1] as string;
      const existing = blockByName.get(name);
      if (existing === undefined) {
        blocks.push({ name, event: parseCode(header[2] ?? '').event, patterns: [] });
        blockByName.set(name, blocks.length - 1);
      }
      current = blockByName.get(name) as number;
    } else if (text.startsWith('~') || inTransformations) {
      drop('transformation');
    } else if (text.startsWith('&') || current < 0) {
      drop('outside-a-block');
    } else if (text.startsWith('-')) {
      const result = parsePattern(text.slice(1), n, synsetNames);
      if ('dropped' in result) drop(`pattern-${result.dropped}`);
      else {
        (blocks[current] as VerbBlock).patterns.push(result.pattern);
        stats.patterns += 1;
      }
    } else {
      const codeMatch = /\[([^\]]*)\]\s*$/.exec(text);
      const body = codeMatch ? text.slice(0, codeMatch.index).trim() : text;
      const irregular = /\{([^}]*)\}/.exec(body);
      const primary = body.replace(/\{[^}]*\}/, '').trim().split(/\s+/)[0] ?? '';
      const forms = verbLineForms(primary, irregular ? (irregular[1] ?? '').split(/\s+/).filter((s) => s !== '') : []);
      if (!forms || !forms[0]) {
        drop('verb-without-plus-marker');
        continue;
      }
      const block = blocks[current] as VerbBlock;
      const event = codeMatch ? parseCode(codeMatch[1] ?? '').event : block.event;
      const head = forms[0];
      const lemma = [...head.before, head.verb, ...head.after].join(' ');
      verbs.push({ block: current, lemma, event, forms });
      stats.verbLines += 1;
    }
  }
  const forms = new Map<string, VerbSenseRecord[]>();
  for (const v of verbs) {
    const block = blocks[v.block] as VerbBlock;
    const via = new Set<string>();
    for (const p of block.patterns) if (v.event && sameEvent(p.event, v.event) && p.needs.length === 0 && p.objectVia !== null) via.add(p.objectVia);
    const objectVia = v.event ? (via.size > 0 ? [...via].sort() : ['']) : [];
    for (const f of v.forms) {
      const list = forms.get(f.verb) ?? [];
      const sense: VerbSenseRecord = {
        block: v.block, lemma: v.lemma, event: v.event,
        ...(f.before.length > 0 ? { particlesBefore: f.before } : {}), ...(f.after.length > 0 ? { particlesAfter: f.after } : {}), objectVia,
      };
      const key = JSON.stringify(sense);
      if (!list.some((s) => JSON.stringify(s) === key)) list.push(sense);
      forms.set(f.verb, list);
    }
  }
  return { synsets, blocks, forms, stats };
}
