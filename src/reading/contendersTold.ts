// Contenders told without the election's words, in an article that names one election: "X is running for president
// against Y", "X, the candidate of the ruling coalition", "the opposition's candidate, X", "X conceded defeat",
// "X was declared the winner", "X's victory over Y", "X finished second". Each takes part in that election
// (PARTICIPATES_IN, eval/README.md rule 12). With two elections named, which one is meant is left unread.
import { RUN_VERBS, runBarred } from './candidacies';
import { actorBefore, actorMentions, targetAfter } from './clauses';
import { gerundSubjectEnd } from './denials';
import { hedged } from './hedges';
import type { Mention, SentenceTokens } from './mentions';
import type { Candidate } from './relations';
import type { Token } from './tokens';

/** The article's one election: its event id and its sort ("presidential"), when told. */
export interface ToldElection { id: string; sort?: string }

/** The office run for, and the sorts of election it is won in ("for president" in a presidential or general one). */
const OFFICES: Array<{ words: RegExp; sorts: RegExp }> = [
  { words: /^(president|presidency)$/, sorts: /^(presidential|general)$/ },
  { words: /^(parliament|seat|senate|congress|prime)$/, sorts: /^(parliamentary|legislative|general|federal)$/ },
  { words: /^(mayor|governor)$/, sorts: /^(local|municipal|regional|provincial)$/ },
  { words: /^(office|term)$/, sorts: /./ },
];
/** Words of the office phrase after "for": "for a second term", "for prime minister". */
const OFFICE_PHRASE = /^(the|a|second|third|fourth|fifth|another|minister|public)$/;
/** After the office, a time that makes the run another campaign: "ran for president in 2018", "twice", "before". */
const OTHER_CAMPAIGN = /^(twice|before|previously|once|times|again)$/;
/** Sorts a candidate's description may name: "presidential candidate" is no candidate in a parliamentary vote. */
const SORT_WORDS = /^(presidential|parliamentary|legislative|general|federal|local|regional|municipal|provincial|mayoral)$/;
/** A candidate that was, might be or is not yet one: "former presidential candidate", "potential candidate". */
const NOT_NOW = /^(former|ex|one-time|onetime|previous|past|potential|possible|likely|prospective|would-be|expected|failed|perennial|\d{4})$/;
const CANDIDATE = /^(candidate|nominee|challenger)$/;
const CONCEDE = /^(conceded|concedes|concede|conceding)$/;
const PLACE_VERBS = /^(finished|came|placed|ended|finishing|coming)$/;
const PLACES = /^(first|second|third|fourth|fifth|last)$/;
const VICTORY = /^(victory|win|triumph)$/;
/** Words between a possessive and its victory: "X's narrow election victory". */
const VICTORY_WORDS = /^(election|electoral|landslide|resounding|narrow|surprise|decisive|first|round|-|runoff|clear|comfortable|stunning)$/;

type Found = { m: Mention; at: number; end: number; rule: string };

/** The election fits the office's sort, or has none told. */
function fitsOffice(word: string, e: ToldElection): boolean {
  const office = OFFICES.find((o) => o.words.test(word));
  return !!office && (!e.sort || office.sorts.test(e.sort));
}

/** "X is running for president (against Y)", "X, who is standing for parliament": the runner, and Y. */
function runs(tokens: readonly Token[], actors: Mention[], ms: readonly Mention[], e: ToldElection): Found[] {
  const out: Found[] = [];
  tokens.forEach((t, v) => {
    if (!RUN_VERBS.test(t.lower) || tokens[v + 1]?.lower !== 'for' || runBarred(tokens, v) || hedged(tokens, v)) return;
    let j = v + 2;
    while (j - v <= 4 && OFFICE_PHRASE.test(tokens[j]?.lower ?? '')) j++;
    const office = tokens[j]?.lower ?? '';
    const next = tokens[j + 1]?.lower ?? '';
    // "ran for president in the election" is read with the election (elections.ts); "in 2018" is another campaign.
    if (!fitsOffice(office, e) || next === 'in' || next === '-' || OTHER_CAMPAIGN.test(next) || OTHER_CAMPAIGN.test(tokens[j + 2]?.lower ?? '')) return;
    for (const m of actorBefore(actors, ms, tokens, gerundSubjectEnd(tokens, v))) out.push({ m, at: v, end: j, rule: 'election:run' });
    if (next === 'against') for (const m of targetAfter(actors, [...ms], tokens, j + 2, 2)) out.push({ m, at: v, end: j, rule: 'election:run' });
  });
  return out;
}

/** The words of a candidate's description from `from` to `to` (exclusive) allow the election: no "former", no other sort. */
function describesThisRun(tokens: readonly Token[], from: number, to: number, e: ToldElection): boolean {
  const words = tokens.slice(Math.max(0, from), to).map((t) => t.lower);
  if (words.some((w) => NOT_NOW.test(w))) return false;
  const sort = words.find((w) => SORT_WORDS.test(w));
  return !sort || !e.sort || sort === e.sort || (sort === 'mayoral' && /^(local|municipal)$/.test(e.sort));
}

/**
 * "X, the candidate of the ruling coalition", "X, the opposition's candidate", "the ruling party's candidate, X",
 * "opposition candidate X": the named person is a candidate.
 */
function candidates(tokens: readonly Token[], actors: Mention[], e: ToldElection): Found[] {
  const out: Found[] = [];
  tokens.forEach((t, c) => {
    if (!CANDIDATE.test(t.lower)) return;
    // Apposition after the name: "X, the … candidate".
    let d = c - 1;
    while (d > 0 && c - d <= 6 && !/^(the|a|an|,)$/.test(tokens[d]?.lower ?? '')) d--;
    if (tokens[d]?.lower === 'the' && tokens[d - 1]?.lower === ',') {
      const m = actors.find((a) => a.last === d - 1 && a.kind === 'PERSON');
      if (m && describesThisRun(tokens, d, c, e)) out.push({ m, at: c, end: c, rule: 'election:candidate' });
    }
    // The name after: "the ruling party's candidate, X" and "opposition candidate X".
    const named = tokens[c + 1]?.lower === ',' ? c + 2 : c + 1;
    const m = actors.find((a) => a.first === named && a.kind === 'PERSON');
    let from = c - 1;
    while (from > 0 && c - from <= 4 && (tokens[from]?.isWord || /^(’s|'s|-)$/.test(tokens[from]?.text ?? ''))) from--;
    if (m && !hedged(tokens, c) && describesThisRun(tokens, from, c, e)) out.push({ m, at: c, end: m.last - 1, rule: 'election:candidate' });
  });
  return out;
}

/**
 * Outcomes told of a person or party: "X conceded defeat (to Y)", "X was declared the winner", "X's victory (over
 * Y)", "X finished second". Not when hedged or only asked for ("urged X to concede").
 */
function outcomes(tokens: readonly Token[], actors: Mention[], ms: readonly Mention[]): Found[] {
  const out: Found[] = [];
  const subject = (v: number, end: number, rule: string): void => {
    if (runBarred(tokens, v) || hedged(tokens, v)) return;
    for (const m of actorBefore(actors, ms, tokens, gerundSubjectEnd(tokens, v))) out.push({ m, at: v, end, rule });
  };
  tokens.forEach((t, v) => {
    const next = tokens[v + 1]?.lower ?? '';
    if (CONCEDE.test(t.lower) && /^(defeat|victory|to)$/.test(next)) {
      subject(v, v + 1, 'election:conceded');
      const to = next === 'to' ? v + 2 : tokens[v + 2]?.lower === 'to' ? v + 3 : -1;
      if (to > 0 && !runBarred(tokens, v) && !hedged(tokens, v)) for (const m of targetAfter(actors, [...ms], tokens, to, 1)) out.push({ m, at: v, end: v + 1, rule: 'election:conceded' });
    } else if (/^(declared|proclaimed)$/.test(t.lower) && /^(was|were|been|is)$/.test(tokens[v - 1]?.lower ?? '')) {
      // "X was declared the winner", not "… the winner of the Nobel prize" (of an election is read in elections.ts).
      const w = next === 'the' ? v + 2 : v + 1;
      if (/^(winner|victor)$/.test(tokens[w]?.lower ?? '') && tokens[w + 1]?.lower !== 'of') subject(v - 1, w, 'election:winner');
    } else if (PLACE_VERBS.test(t.lower)) {
      // "X finished second", "X came a distant third"; "came second in …" is read with its election (elections.ts).
      const p = /^(a|an)$/.test(next) ? v + 3 : next === 'up' ? v + 2 : v + 1;
      if (PLACES.test(tokens[p]?.lower ?? '') && tokens[p + 1]?.lower !== 'in' && !/^(time|place|to)$/.test(tokens[p + 1]?.lower ?? '')) subject(v, p, 'election:placed');
    } else if (VICTORY.test(t.lower) && next !== 'in') {
      // "X's victory", "X's narrow election victory over Y".
      let o = v - 1;
      while (o > 0 && v - o <= 3 && VICTORY_WORDS.test(tokens[o]?.lower ?? '')) o--;
      if (!/^(’s|'s)$/.test(tokens[o]?.text ?? '')) return;
      const owner = actors.find((a) => a.last === o);
      if (!owner || hedged(tokens, v)) return;
      out.push({ m: owner, at: v, end: v, rule: 'election:victory' });
      if (next === 'over') for (const m of targetAfter(actors, [...ms], tokens, v + 2, 1)) out.push({ m, at: v, end: v, rule: 'election:victory' });
    }
  });
  return out;
}

const contender = (m: Mention): boolean => m.kind === 'PERSON' || m.kind === 'ORGANIZATION' || m.kind === 'GROUP';

/** Those the article's sentences show contending in its one election without naming it. */
export function contendersTold(sentences: readonly SentenceTokens[], mentions: readonly Mention[][], e: ToldElection): Candidate[] {
  const out: Candidate[] = [];
  sentences.forEach((s, i) => {
    const ms = mentions[i] ?? [];
    const actors = actorMentions([...ms], s.tokens);
    for (const f of [...runs(s.tokens, actors, ms, e), ...candidates(s.tokens, actors, e), ...outcomes(s.tokens, actors, ms)]) {
      if (!contender(f.m)) continue;
      const at = s.tokens[f.at];
      const end = s.tokens[f.end];
      if (!at || !end) continue;
      out.push({ type: 'PARTICIPATES_IN', from: f.m.entityId, to: e.id, start: Math.min(f.m.start, at.start), end: Math.max(f.m.end, end.end), confidence: 0.8, rule: `gathering:${f.rule}`, anchor: at.start });
    }
  });
  return out;
}
