// Names for new events from their parties and place ("Israel–Hamas ceasefire talks in Doha"), used only where
// the reader's name is generic: it names none of the event's parties ("Gaza ceasefire talks", "Cairo talks").
// The reader (src/reading/events.ts) names events it finds the parties of; this covers the rest. Pure.
import { isEventNoun } from './eventKinds';

/** The event phrase of a name: from its first event noun to the last before a preposition ("ceasefire talks"). */
export function eventPhrase(name: string): string | null {
  const words = name.split(/\s+/u).filter(Boolean);
  const first = words.findIndex((w) => isEventNoun(w));
  if (first < 0) return null;
  let last = first;
  while (last + 1 < words.length && isEventNoun(words[last + 1] ?? '')) last += 1;
  return words.slice(first, last + 1).join(' ').toLowerCase();
}

/**
 * A better name for a new event, or null to keep the reader's: when the reader's name mentions none of the
 * two principal parties, "<A>–<B> <phrase>", with " in <place>" when the article says where.
 */
export function eventName(readerName: string, parties: readonly string[], place: string | null): string | null {
  const [a, b] = parties;
  if (!a || !b || parties.length !== 2) return null;
  const lower = readerName.toLowerCase();
  if (parties.some((p) => lower.includes(p.toLowerCase()))) return null;
  const phrase = eventPhrase(readerName);
  if (!phrase) return null;
  return `${a}–${b} ${phrase}${place ? ` in ${place}` : ''}`;
}
