// GraphML (read by Gephi, yEd, NetworkX, igraph): declared attribute keys, then the nodes, then the directed
// edges. Lists are joined with "; " for display; JSON-LD is the lossless export.
import { RELATIONSHIP_TYPES } from '../graph/vocabulary';
import type { ExportFormat } from './format';
import type { ExportEntity, ExportRelationship } from './records';

// XML 1.0 allows tab, newline, carriage return and everything from U+0020 except U+FFFE, U+FFFF and unpaired
// surrogates; anything else makes the whole file unreadable, so it is dropped.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text safe inside an element: markup escaped, characters XML forbids removed; line breaks and tabs kept as is. */
export function xmlText(value: string): string {
  return value.replace(NOT_XML, '').replace(/[&<>\r]/g, (c) => ENTITIES[c] ?? c);
}

/**
 * Text safe inside a double-quoted attribute. Tab, newline and carriage return become references too: parsers
 * turn literal ones into spaces in attribute values (and a lone carriage return into a newline anywhere).
 */
export function xmlAttribute(value: string): string {
  return value.replace(NOT_XML, '').replace(/[&<>"'\t\n\r]/g, (c) => ENTITIES[c] ?? c);
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

interface Key { id: string; for: 'node' | 'edge'; name: string; type: 'string' | 'int' | 'double' }

// Gephi takes the attribute named "label" as the label of nodes and edges.
export const KEYS: readonly Key[] = [
  { id: 'label', for: 'node', name: 'label', type: 'string' },
  { id: 'kind', for: 'node', name: 'kind', type: 'string' },
  { id: 'aliases', for: 'node', name: 'aliases', type: 'string' },
  { id: 'description', for: 'node', name: 'description', type: 'string' },
  { id: 'roles', for: 'node', name: 'roles', type: 'string' },
  { id: 'wikidata', for: 'node', name: 'wikidata', type: 'string' },
  { id: 'elabel', for: 'edge', name: 'label', type: 'string' },
  { id: 'type', for: 'edge', name: 'type', type: 'string' },
  { id: 'cameoCode', for: 'edge', name: 'cameoCode', type: 'string' },
  { id: 'cameoLabel', for: 'edge', name: 'cameoLabel', type: 'string' },
  { id: 'quadClass', for: 'edge', name: 'quadClass', type: 'string' },
  { id: 'since', for: 'edge', name: 'since', type: 'string' },
  { id: 'until', for: 'edge', name: 'until', type: 'string' },
  { id: 'confidence', for: 'edge', name: 'confidence', type: 'double' },
  { id: 'sourceCount', for: 'edge', name: 'sourceCount', type: 'int' },
  { id: 'firstReported', for: 'edge', name: 'firstReported', type: 'string' },
  { id: 'quoteCount', for: 'edge', name: 'quoteCount', type: 'int' },
  { id: 'disputeCount', for: 'edge', name: 'disputeCount', type: 'int' },
  { id: 'sources', for: 'edge', name: 'sources', type: 'string' },
  { id: 'retractedAt', for: 'edge', name: 'retractedAt', type: 'string' },
];

const CAMEO = new Map(RELATIONSHIP_TYPES.map((t) => [t.type, t]));

/** `<data>` elements for the values that are set, in key order. */
function data(values: Record<string, string | number | null>): string {
  return Object.entries(values)
    .filter((entry): entry is [string, string | number] => entry[1] !== null && entry[1] !== '')
    .map(([key, value]) => `<data key="${key}">${xmlText(String(value))}</data>`)
    .join('');
}

export function nodeElement(e: ExportEntity): string {
  return `    <node id="${xmlAttribute(e.id)}">${data({
    label: e.name,
    kind: e.kind,
    aliases: e.aliases.join('; '),
    description: e.description,
    roles: e.roles.join('; '),
    wikidata: e.externalIds.wikidata ?? null,
  })}</node>\n`;
}

export function edgeElement(r: ExportRelationship): string {
  const info = CAMEO.get(r.type);
  const supporting = r.quotes.filter((q) => q.stance === 'SUPPORTS');
  return `    <edge id="${xmlAttribute(r.id)}" source="${xmlAttribute(r.from.id)}" target="${xmlAttribute(r.to.id)}">${data({
    elabel: r.type,
    type: r.type,
    cameoCode: info?.cameoCode ?? null,
    cameoLabel: info?.cameoLabel ?? null,
    quadClass: info?.quadClass ?? null,
    since: r.since,
    until: r.until,
    confidence: r.confidence,
    sourceCount: r.sourceCount,
    firstReported: r.firstReported,
    quoteCount: supporting.length,
    disputeCount: r.quotes.length - supporting.length,
    sources: [...new Set(supporting.map((q) => q.sourceId))].join(' '),
    retractedAt: r.retractedAt,
  })}</edge>\n`;
}

export const graphml: ExportFormat = {
  file: 'graph.graphml',
  contentType: 'application/graphml+xml; charset=utf-8',
  separator: '',
  listsEntities: true,
  listsSources: false,
  begin: () => [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ',
    'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n',
    ...KEYS.map((k) => `  <key id="${k.id}" for="${k.for}" attr.name="${k.name}" attr.type="${k.type}"/>\n`),
    '  <graph id="newsgraph" edgedefault="directed">\n',
  ].join(''),
  entity: (e) => [nodeElement(e)],
  relationship: (r) => [edgeElement(r)],
  source: () => [],
  end: () => '  </graph>\n</graphml>\n',
};
