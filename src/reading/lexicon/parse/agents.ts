// Phoenix.agents.txt → agent phrases; Phoenix.discards.txt → discard phrases. Formats: PETRreader
// read_agent_dictionary (`PHRASE {plural} [~CODE]`, `!MARKER!` substitution sets) and read_discard_list.
import type { AgentCategory, AgentEntry, DiscardEntry } from '../types';
import { numberedLines, regularPlural, stripComment } from './text';

const HEAD_TITLES = ['president', 'prime minister', 'premier', 'chancellor', 'king', 'queen', 'emir', 'sultan', 'monarch', 'head of state', 'head of government', 'supreme leader', 'dictator', 'ruler', 'emperor', 'shah', 'tsar', 'czar'];
const NOT_HEAD = /\b(?:deputy|vice|former|ex|ousted|exiled|candidate|party|senate|presidential|aide|palace|of the senate|in exile)\b/;
const OFFICIAL_WORDS = /\b(?:minister|ministers|ministry|ministries|secretary|official|officials|ambassador|envoy|diplomat|spokesman|spokeswoman|spokesperson|cabinet|governor|mayor|adviser|advisor|attorney general|commissioner)\b/;

/** Three-letter CAMEO role codes of an agent code: "GOVFRM" → GOV, FRM. */
export function rolesOf(code: string): string[] {
  return code.match(/.{1,3}/g) ?? [];
}

/** Whether an agent phrase names a head of state or government, a minister or official, the military, or something else. */
export function agentCategory(phrase: string, roles: readonly string[]): AgentCategory {
  const first = roles[0];
  if (!NOT_HEAD.test(phrase) && HEAD_TITLES.some((t) => phrase === t || phrase === `${t}s` || (phrase.endsWith(` ${t}`) && /^(?:interim|acting|transitional|new|elected)\s/.test(phrase)))) return 'HEAD_OF_STATE_OR_GOVERNMENT';
  if (first === 'MIL') return 'MILITARY';
  if (first === 'GOV' && roles[1] === 'MIL' && !OFFICIAL_WORDS.test(phrase)) return 'MILITARY';
  if (first === 'GOV' || OFFICIAL_WORDS.test(phrase)) return 'MINISTER_OR_OFFICIAL';
  return 'OTHER';
}

function entry(raw: string, code: string, plural: boolean): AgentEntry | null {
  const text = raw.trim().replace(/_+$/, '');
  if (text === '') return null;
  // Words joined by `_` are consecutive; a blank lets other words stand between (PETRARCH's agent connectors).
  const tokens = text.split(/(\s+|_)/).filter((t) => t !== '');
  const words: string[] = [];
  const gapsAfter: number[] = [];
  for (const t of tokens) {
    if (t === '_') continue;
    if (/^\s+$/.test(t)) {
      if (words.length > 0) gapsAfter.push(words.length - 1);
    } else words.push(t.toLowerCase());
  }
  const attach = code.endsWith('~') ? 'before' : 'after';
  const bare = code.replace(/~/g, '');
  const phrase = words.join(' ');
  return { phrase, ...(gapsAfter.length > 0 ? { gapsAfter } : {}), code: bare, attach, ...(plural ? { plural: true as const } : {}), category: agentCategory(phrase, rolesOf(bare)) };
}

export function parseAgentDictionary(text: string): AgentEntry[] {
  const markers = new Map<string, string[]>();
  const out: AgentEntry[] = [];
  for (const { raw } of numberedLines(text)) {
    const line = stripComment(raw).trim();
    if (line === '' || raw.startsWith('#')) continue;
    const marker = /^!([A-Z]+)!\s*=\s*(.*)$/.exec(line);
    if (marker) {
      markers.set(marker[1] as string, (marker[2] ?? '').split(',').map((s) => s.trim()).filter((s) => s !== ''));
      continue;
    }
    const codeMatch = /\[([^\]]*)\][^[]*$/.exec(line);
    if (!codeMatch) continue;
    const code = (codeMatch[1] ?? '').trim().replace(/[{}]/g, '');
    const head = line.slice(0, codeMatch.index);
    const braces = /\{([^}]*)\}/.exec(head);
    const singular = head.replace(/\{[^}]*\}/, '').trim();
    // A marker expands to every listed word, with no plural of its own.
    const sub = /!([A-Z]+)!/.exec(singular);
    if (sub) {
      for (const word of markers.get(sub[1] as string) ?? []) {
        const e = entry(singular.replace(sub[0], word), code, false);
        if (e) out.push(e);
      }
      continue;
    }
    const e = entry(singular, code, false);
    if (e) out.push(e);
    const plural = braces ? (braces[1] ?? '').trim() : pluralOfPhrase(singular);
    const p = plural ? entry(plural, code, true) : null;
    if (p) out.push(p);
  }
  return out;
}

function pluralOfPhrase(phrase: string): string {
  const m = /^(.*?)([A-Za-z]+)(_*)$/.exec(phrase.trim());
  if (!m) return '';
  return `${m[1] ?? ''}${regularPlural((m[2] ?? '').toLowerCase())}`;
}

export function parseDiscards(text: string): DiscardEntry[] {
  const out: DiscardEntry[] = [];
  for (const { raw } of numberedLines(text)) {
    const line = stripComment(raw).trim();
    if (line === '' || raw.startsWith('#')) continue;
    const story = line.startsWith('+');
    const body = story ? line.slice(1).trim() : line;
    const wholeWord = body.endsWith('_');
    const phrase = body.replace(/_+$/, '').split(/[\s_]+/).filter((w) => w !== '').join(' ').toLowerCase();
    if (phrase !== '') out.push({ phrase, scope: story ? 'story' : 'sentence', wholeWord });
  }
  return out;
}
