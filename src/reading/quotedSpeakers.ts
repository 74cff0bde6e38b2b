// "I" inside a quotation is its speaker: "“I will visit Lima in May,” President X said", or a quotation that
// goes on after an attributed one ("“…,” he added. “I told them …”"). Each such "I" becomes a mention of the
// speaker, so the quotation's own acts ("I will visit", "I met") are read as the speaker's. Only a named person
// (or "he"/"she" already resolved to one) speaks so; an unattributed quotation resolves nothing. A quoted "we"
// is its speaker when that is a state or body ("“We condemn …,” the ministry said"), or the state or body an
// official's title names ("“We …,” US envoy X said").
import { ATTRIBUTION_VERBS, speakerAfter } from './blame';
import type { Mention, SentenceTokens } from './mentions';
import type { Token } from './tokens';

const OPENING = new Set(['“', '‘']);
const CLOSING = new Set(['”', '’']);
const STRAIGHT = new Set(['"']);

/** Whether token k lies inside a quotation opened in this sentence (curly marks, or an odd count of straight ones). */
function quotedAt(tokens: readonly Token[], k: number): boolean {
  let open = false;
  let straight = 0;
  for (let j = 0; j < k; j++) {
    const text = tokens[j]?.text ?? '';
    if (OPENING.has(text)) open = true;
    else if (CLOSING.has(text) && (text !== '’' || !tokens[j + 1]?.isWord)) open = false;
    else if (STRAIGHT.has(text)) straight++;
  }
  return open || straight % 2 === 1;
}

/**
 * The speaker a sentence attributes its quotation to: "…,” X said" / "…,” said X" after the closing mark. A person
 * for "I"; a state or body for "we" ("“We condemn …,” the German foreign ministry said").
 */
function attributedSpeaker(tokens: readonly Token[], ms: readonly Mention[], body = false): Mention | undefined {
  for (let k = tokens.length - 1; k > 0; k--) {
    const text = tokens[k]?.text ?? '';
    if (!CLOSING.has(text) && !STRAIGHT.has(text)) continue;
    const window = tokens.slice(k + 1, k + 6);
    if (!window.some((t) => ATTRIBUTION_VERBS.has(t.lower))) return undefined;
    const speaker = speakerAfter(tokens, ms, k + 1);
    // "“We …,” US envoy X said": an official's "we" is the state or body the title names right before the name.
    if (body && speaker?.kind === 'PERSON') return ms.find((m) => (m.kind === 'COUNTRY' || m.kind === 'ORGANIZATION') && m.last <= speaker.first && m.first >= speaker.first - 4);
    if (body) return speaker?.kind === 'COUNTRY' || speaker?.kind === 'ORGANIZATION' ? speaker : undefined;
    return speaker?.kind === 'PERSON' ? speaker : undefined;
  }
  return undefined;
}

/**
 * The speaker of a quotation that opens the sentence ("“Y must withdraw,” X said", "“…,” said X"), for the speech
 * rules that would otherwise look for their speaker before the verb; undefined when the sentence opens no quotation.
 */
export function openingQuoteSpeaker(tokens: readonly Token[], ms: readonly Mention[]): Mention | undefined {
  const open = tokens[0]?.text ?? '';
  if (!OPENING.has(open) && !STRAIGHT.has(open)) return undefined;
  for (let k = 1; k < tokens.length; k++) {
    const text = tokens[k]?.text ?? '';
    if (!CLOSING.has(text) && !STRAIGHT.has(text)) continue;
    if (text === '’' && tokens[k + 1]?.isWord) continue;
    // A titled speaker may take six words before the verb ("Bolivian Deputy Foreign Minister Ana Ruiz said").
    if (!tokens.slice(k + 1, k + 9).some((t) => ATTRIBUTION_VERBS.has(t.lower))) return undefined;
    return speakerAfter(tokens, ms, k + 1);
  }
  return undefined;
}

/** Adds a mention of the speaker for each quoted "I"; `mentions[i]` is sentence i's list, extended in place. */
export function resolveQuotedSpeakers(sentences: readonly SentenceTokens[], mentions: Mention[][]): void {
  sentences.forEach((s, i) => {
    const own = mentions[i] ?? [];
    const tokens = s.tokens;
    const firsts = tokens.flatMap((t, k) => (t.text === 'I' && !own.some((m) => m.first <= k && k < m.last) ? [k] : []));
    const we = tokens.flatMap((t, k) => (t.lower === 'we' && quotedAt(tokens, k) ? [k] : []));
    const body = we.length > 0 ? attributedSpeaker(tokens, own, true) : undefined;
    for (const k of body ? we : []) {
      const t = tokens[k];
      if (t && body) own.push({ start: t.start, end: t.end, first: k, last: k + 1, entityId: body.entityId, kind: body.kind, form: 'anaphor', inTitle: false });
    }
    if (body) mentions[i] = own.sort((a, b) => a.first - b.first);
    if (firsts.length === 0) return;
    // The speaker named after this sentence's quotation, else the one the sentence before attributed its own to,
    // when this sentence opens a quotation that goes on from it.
    const here = attributedSpeaker(tokens, own);
    const opensQuote = OPENING.has(tokens[0]?.text ?? '') || STRAIGHT.has(tokens[0]?.text ?? '');
    const speaker = here ?? (opensQuote ? attributedSpeaker(sentences[i - 1]?.tokens ?? [], mentions[i - 1] ?? []) : undefined);
    if (!speaker) return;
    for (const k of firsts) {
      const t = tokens[k];
      if (!t || !quotedAt(tokens, k)) continue;
      own.push({ start: t.start, end: t.end, first: k, last: k + 1, entityId: speaker.entityId, kind: 'PERSON', form: 'anaphor', inTitle: false });
    }
    mentions[i] = own.sort((a, b) => a.first - b.first);
  });
}
