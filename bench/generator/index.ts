// The synthetic news graph: deterministic (seeded) facts documents with power-law degrees — a few hub
// countries, a long tail of small actors — typed relationships over the whole vocabulary, many sources
// with verbatim quotes, and dates over several years. Each document also comes with its source's text, so
// "every quote appears verbatim in its source" holds and can be checked.
import type { EntityKind, RelationshipType } from '../../src/generated/graphql';
import type { FactsDocument, FactsEntity, FactsRelationship } from '../../src/facts/validate';
import { ALL_RELATIONSHIP_TYPES, relationshipId } from '../../src/graph/vocabulary';
import { entityId, entityName } from './names';
import { createRandom, createZipf, pick, randomInt } from './random';

export interface GeneratorOptions {
  entities: number;
  seed: number;
  /** Mean number of relationships touching an entity (each relationship counts at both ends). */
  meanDegree: number;
  /** Mean relationships per source document. */
  relationshipsPerSource: number;
  /** Share of mentions that repeat an earlier fact from another source (one relationship, two SUPPORTS). */
  repeatRate: number;
  /** First publication date; sources spread over `years` from here. */
  startDate: string;
  years: number;
}

export const DEFAULT_OPTIONS: GeneratorOptions = {
  entities: 10_000,
  seed: 1,
  meanDegree: 10,
  relationshipsPerSource: 20,
  repeatRate: 0.15,
  startDate: '2019-01-01',
  years: 6,
};

export interface GeneratedSource {
  document: FactsDocument;
  /** The full text of the source; every relationship's quote is a verbatim substring. */
  text: string;
}

const PHRASES: Record<RelationshipType, string> = {
  MEDIATES: 'is mediating between the parties together with',
  NEGOTIATES: 'opened negotiations with',
  STRUCK: 'carried out strikes on',
  LEADS: 'now leads',
  ENVOY_OF: 'was named an envoy of',
  HOSTS: 'is hosting',
  LOCATED_IN: 'is located in',
  HOLDS_CAPTIVE: 'is holding captives from',
  DETAINS: 'detained members of',
  RELEASED: 'released detainees held by',
  ACCUSES: 'publicly accused',
  WITHDREW_FROM: 'withdrew from',
  PLEDGED: 'pledged support to',
  IN_CONFLICT_WITH: 'is in open conflict with',
  PARTICIPATES_IN: 'is taking part in',
  RESTRICTS_AID_TO: 'restricted aid deliveries to',
  WARNS_ABOUT: 'warned about the situation in',
  PROPOSED: 'proposed a plan concerning',
  MEMBER_OF: 'is a member of',
  MEETS_WITH: 'held talks with',
  VISITS: 'paid a visit to',
  APPEALS_TO: 'appealed to',
  ENDORSES: 'publicly backed',
  AGREES_WITH: 'signed an agreement with',
  CEASEFIRE_WITH: 'agreed a ceasefire with',
  DEMANDS_OF: 'made demands of',
  CRITICIZES: 'condemned',
  REJECTS: 'rejected the proposal of',
  THREATENS: 'threatened',
  SANCTIONS: 'imposed sanctions on',
};
const ATTRIBUTIONS = ['officials said', 'according to a statement', 'a spokesperson confirmed', 'witnesses reported',
  'the ministry said', 'sources told reporters', 'state media reported'];
const FILLERS = ['The situation remains fluid.', 'Further talks are expected next week.', 'Reactions were mixed.',
  'Analysts expect more developments.', 'No casualties were reported.', 'The statement gave no further details.'];
const PUBLISHERS = ['Daily Meridian', 'Northern Ledger', 'Global Wire', 'Harbor Times', 'Continental Post',
  'Evening Courier', 'Atlas Report', 'Frontier Herald', 'Capital Observer', 'Open Dispatch', 'Coastal Gazette',
  'Morning Signal'];
const ROLES = ['Minister', 'Spokesperson', 'Commander', 'Envoy', 'President', 'Journalist', 'Negotiator'];
const TAIL_KINDS: readonly EntityKind[] = ['PERSON', 'PERSON', 'PERSON', 'PERSON', 'PERSON', 'ORGANIZATION',
  'ORGANIZATION', 'PLACE', 'GROUP', 'EVENT'];
const DAY_MS = 86_400_000;

interface Mention {
  type: RelationshipType;
  from: number;
  to: number;
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The entities, hubs (countries) first: rank 0 is the most connected. */
function makeEntities(random: () => number, n: number): FactsEntity[] {
  const countries = Math.min(200, Math.max(5, Math.round(n / 500)));
  const entities: FactsEntity[] = [];
  for (let i = 0; i < n; i++) {
    const kind: EntityKind = i < countries ? 'COUNTRY' : pick(random, TAIL_KINDS);
    const name = entityName(random, kind);
    const entity: FactsEntity = { id: entityId(name, i), kind, name };
    const home = i < countries ? null : entities[randomInt(random, countries)];
    entity.description = home ? `${kind.charAt(0)}${kind.slice(1).toLowerCase()} based in ${home.name}.` : `Country; ${name} is a frequent subject of the news.`;
    if (kind === 'COUNTRY') entity.aliases = [name.slice(0, 3).toUpperCase(), `Republic of ${name}`];
    if (kind === 'PERSON' && random() < 0.3) entity.aliases = [name.split(' ')[1] ?? name];
    if (kind === 'PERSON' && random() < 0.3) entity.roles = [pick(random, ROLES)];
    entities.push(entity);
  }
  return entities;
}

/** Distinct mentions: every entity once as `from` (no isolated nodes), the rest with both ends drawn by Zipf. */
function makeMentions(random: () => number, n: number, total: number): Mention[] {
  const zipf = createZipf(n, 1.0);
  const mentions: Mention[] = [];
  for (let k = 0; k < total; k++) {
    const from = k < n ? k : zipf(random);
    let to = zipf(random);
    while (to === from) to = zipf(random);
    mentions.push({ type: pick(random, ALL_RELATIONSHIP_TYPES), from, to });
  }
  for (let i = mentions.length - 1; i > 0; i--) {
    const j = randomInt(random, i + 1);
    const a = mentions[i] as Mention;
    mentions[i] = mentions[j] as Mention;
    mentions[j] = a;
  }
  return mentions;
}

/**
 * Yields the sources in publication order. Each declares every entity it mentions (as an article names them),
 * so documents load in any order and any batching.
 */
export function* generateSources(partial: Partial<GeneratorOptions> = {}): Generator<GeneratedSource> {
  const options: GeneratorOptions = { ...DEFAULT_OPTIONS, ...partial };
  const random = createRandom(options.seed);
  const entities = makeEntities(random, options.entities);
  const mentions = makeMentions(random, options.entities, Math.round((options.entities * options.meanDegree) / 2));
  const expectedSources = Math.ceil(mentions.length / (1 - options.repeatRate) / options.relationshipsPerSource);
  const start = Date.parse(`${options.startDate}T00:00:00Z`);
  const span = options.years * 365 * DAY_MS;
  const seen: Mention[] = [];
  let next = 0;
  for (let index = 0; next < mentions.length; index++) {
    const size = 5 + randomInt(random, 2 * options.relationshipsPerSource - 9);
    const published = start + Math.min(span - DAY_MS, Math.floor((index / expectedSources) * span) + randomInt(random, 3) * DAY_MS);
    const publisher = pick(random, PUBLISHERS);
    const relationships: FactsRelationship[] = [];
    const documentEntities: FactsEntity[] = [];
    const ids = new Set<string>();
    const declaredHere = new Set<number>();
    const sentences: string[] = [];
    while (relationships.length < size && next < mentions.length) {
      const repeat = seen.length > 0 && random() < options.repeatRate;
      const mention = repeat ? (seen[randomInt(random, seen.length)] as Mention) : (mentions[next++] as Mention);
      const from = entities[mention.from] as FactsEntity;
      const to = entities[mention.to] as FactsEntity;
      const id = relationshipId(mention.type, from.id, to.id);
      if (ids.has(id)) continue;
      ids.add(id);
      if (!repeat) seen.push(mention);
      for (const end of [mention.from, mention.to]) {
        if (!declaredHere.has(end)) {
          declaredHere.add(end);
          documentEntities.push(entities[end] as FactsEntity);
        }
      }
      const quote = `${from.name} ${PHRASES[mention.type]} ${to.name}, ${pick(random, ATTRIBUTIONS)}.`;
      const relationship: FactsRelationship = { type: mention.type, from: from.id, to: to.id, quote, confidence: Math.round((0.5 + random() / 2) * 100) / 100 };
      if (random() < 0.6) {
        const since = published - randomInt(random, 365) * DAY_MS;
        relationship.since = isoDate(since);
        if (random() < 0.15) relationship.until = isoDate(since + (1 + randomInt(random, 200)) * DAY_MS);
      }
      relationships.push(relationship);
      sentences.push(quote);
      if (random() < 0.3) sentences.push(pick(random, FILLERS));
    }
    const first = relationships[0];
    const headline = first ? (first.quote.split(',')[0] ?? first.quote) : 'News roundup';
    const sourceId = `${publisher.toLowerCase().replace(/ /g, '-')}-${index}`;
    const document: FactsDocument = {
      source: { id: sourceId, title: headline, publisher, url: `https://news.example/${sourceId}`, publishedAt: isoDate(published) },
      entities: documentEntities,
      relationships,
    };
    yield { document, text: `${headline}\n\n${sentences.join(' ')}\n` };
  }
}
