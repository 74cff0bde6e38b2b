// JSON-LD with provenance in PROV-O terms. Entities are schema.org nodes; each relationship is a reified
// statement (ng:Relationship, rdf:subject/predicate/object) carrying its CAMEO code and quad class; each quote is
// a prov:Entity quoted from (and derived from) its source, a prov:Entity too. The context is inline, so a JSON-LD
// processor never fetches anything to read the file.
import { createHash } from 'node:crypto';
import type { EntityKind } from '../generated/graphql';
import { RELATIONSHIP_TYPES } from '../graph/vocabulary';
import type { ExportFormat } from './format';
import type { ExportEntity, ExportQuote, ExportRelationship, ExportSource } from './records';

/** The newsgraph vocabulary's namespace (types, properties, relationship types as predicates). */
export const NG = 'urn:newsgraph:vocab:';

export const CONTEXT = {
  prov: 'http://www.w3.org/ns/prov#',
  schema: 'https://schema.org/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  ng: NG,
  'rdf:subject': { '@type': '@id' },
  'rdf:predicate': { '@type': '@id' },
  'rdf:object': { '@type': '@id' },
  'prov:wasQuotedFrom': { '@type': '@id' },
  'prov:wasDerivedFrom': { '@type': '@id' },
  'ng:supports': { '@type': '@id' },
  'ng:disputes': { '@type': '@id' },
  'schema:sameAs': { '@type': '@id' },
  'schema:datePublished': { '@type': 'xsd:date' },
  'ng:reportedOn': { '@type': 'xsd:date' },
  'ng:since': { '@type': 'xsd:date' },
  'ng:until': { '@type': 'xsd:date' },
  'ng:firstReported': { '@type': 'xsd:date' },
  'ng:retractedAt': { '@type': 'xsd:dateTime' },
  'ng:sourceCount': { '@type': 'xsd:integer' },
  'ng:confidence': { '@type': 'xsd:double' },
} as const;

const SCHEMA_TYPE: Record<EntityKind, string> = {
  PERSON: 'schema:Person',
  COUNTRY: 'schema:Country',
  ORGANIZATION: 'schema:Organization',
  PLACE: 'schema:Place',
  EVENT: 'schema:Event',
  // A group (militants, protesters, mediators) is not necessarily an organization.
  GROUP: 'schema:Thing',
};

const CAMEO = new Map(RELATIONSHIP_TYPES.map((t) => [t.type, t]));

type Node = Record<string, unknown>;

const iri = (kind: string, id: string) => `urn:newsgraph:${kind}:${encodeURIComponent(id)}`;
export const entityIri = (id: string) => iri('entity', id);
export const relationshipIri = (id: string) => iri('relationship', id);
export const sourceIri = (id: string) => iri('source', id);

/** A quote's stable IRI: the same quote of the same fact from the same source is the same node in every export. */
export function quoteIri(relationshipId: string, q: ExportQuote): string {
  const digest = createHash('sha256').update(JSON.stringify([relationshipId, q.sourceId, q.stance, q.quote])).digest('hex');
  return `urn:newsgraph:quote:${digest.slice(0, 32)}`;
}

/** Leaves out null, empty lists and empty strings, so a node says only what is known. */
function compact(node: Node): Node {
  return Object.fromEntries(Object.entries(node).filter(([, v]) => v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0)));
}

function wikidataIri(qid: string): string | null {
  return /^Q\d+$/.test(qid) ? `http://www.wikidata.org/entity/${qid}` : null;
}

export function entityNode(e: ExportEntity): Node {
  return compact({
    '@id': entityIri(e.id),
    '@type': SCHEMA_TYPE[e.kind],
    'schema:identifier': e.id,
    'schema:name': e.name,
    'schema:alternateName': e.aliases,
    'schema:description': e.description,
    'ng:kind': e.kind,
    'schema:jobTitle': e.kind === 'PERSON' ? e.roles : [],
    'ng:role': e.kind === 'PERSON' ? [] : e.roles,
    'schema:sameAs': Object.entries(e.externalIds).flatMap(([k, v]) => (k === 'wikidata' ? [wikidataIri(v)].filter((x) => x !== null) : [])),
    'ng:externalId': Object.entries(e.externalIds).map(([k, v]) => ({ '@type': 'schema:PropertyValue', 'schema:propertyID': k, 'schema:value': v })),
  });
}

export function relationshipNodes(r: ExportRelationship): Node[] {
  const info = CAMEO.get(r.type);
  const statement = compact({
    '@id': relationshipIri(r.id),
    '@type': ['ng:Relationship', 'rdf:Statement'],
    'schema:identifier': r.id,
    'rdf:subject': entityIri(r.from.id),
    'rdf:predicate': `ng:${r.type}`,
    'rdf:object': entityIri(r.to.id),
    'ng:relationshipType': r.type,
    'ng:cameoCode': info?.cameoCode ?? null,
    'ng:cameoLabel': info?.cameoLabel ?? null,
    'ng:quadClass': info?.quadClass ?? null,
    'ng:since': r.since,
    'ng:until': r.until,
    'ng:confidence': r.confidence,
    'ng:sourceCount': r.sourceCount,
    'ng:firstReported': r.firstReported,
    'ng:retractedAt': r.retractedAt,
  });
  const quotes = r.quotes.map((q) => compact({
    '@id': quoteIri(r.id, q),
    '@type': ['prov:Entity', q.stance === 'DISPUTES' ? 'ng:DisputingQuote' : 'ng:SupportingQuote'],
    'prov:value': q.quote,
    'ng:stance': q.stance,
    [q.stance === 'DISPUTES' ? 'ng:disputes' : 'ng:supports']: relationshipIri(r.id),
    'prov:wasQuotedFrom': sourceIri(q.sourceId),
    'prov:wasDerivedFrom': sourceIri(q.sourceId),
    'ng:spanStart': q.spanStart,
    'ng:spanEnd': q.spanEnd,
    'ng:rule': q.rule,
  }));
  return [statement, ...quotes];
}

export function sourceNode(s: ExportSource): Node {
  return compact({
    '@id': sourceIri(s.id),
    '@type': ['prov:Entity', 'schema:CreativeWork'],
    'schema:identifier': s.id,
    'schema:name': s.title,
    'schema:publisher': s.publisher === null ? null : { '@type': 'schema:Organization', 'schema:name': s.publisher },
    'schema:url': s.url,
    'schema:datePublished': s.publishedAt,
    // prov:generatedAtTime is an xsd:dateTime; a source is known only to the day, so the day has its own term.
    'ng:reportedOn': s.reportedOn,
  });
}

export const jsonld: ExportFormat = {
  file: 'graph.jsonld',
  contentType: 'application/ld+json; charset=utf-8',
  separator: ',\n',
  listsEntities: true,
  listsSources: true,
  begin: () => `{"@context":${JSON.stringify(CONTEXT)},\n"@graph":[\n`,
  entity: (e) => [JSON.stringify(entityNode(e))],
  relationship: (r) => relationshipNodes(r).map((n) => JSON.stringify(n)),
  source: (s) => [JSON.stringify(sourceNode(s))],
  end: () => '\n]}\n',
};
