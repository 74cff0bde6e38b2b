// `npm run generate -- --entities N [--seed S] [--degree D] [--out dir]`: writes a synthetic news graph as
// facts documents, one per line, in publication order; each document declares every entity it mentions, so
// any order and any batching loads the same graph:
//   <out>/facts/facts.ndjson     facts documents (facts/facts-document.schema.json), one per line
//   <out>/texts/texts.ndjson     {"sourceId","text"} per source: every quote appears verbatim in its text
//   <out>/manifest.json          options and counts, hubs, mid-degree entities and a spread over degrees (for the benchmarks)
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_OPTIONS, type GeneratorOptions, generateSources } from './generator';

export interface Manifest {
  options: GeneratorOptions;
  sources: number;
  entities: number;
  mentions: number;
  relationships: number;
  /** The most connected entities, most first. */
  hubs: Array<{ id: string; degree: number }>;
  /** Entities of middling degree (around 2× the median), e.g. for shortest-path workloads. */
  midDegree: Array<{ id: string; degree: number }>;
  /** W1's entities, drawn across the degree distribution (absent from manifests written before it existed). */
  degreeSpread?: DegreeSpread;
}

/** Entities picked at fixed percentiles of the degree distribution of the entities under `under` relationships. */
export interface DegreeSpread {
  under: number;
  /** Entities with fewer than `under` relationships: the population the percentiles are of. */
  eligible: number;
  picks: Array<{ id: string; degree: number; percentile: number }>;
}

/**
 * Every tenth percentile to the 80th, then denser up to the maximum: a power-law graph's entities mostly have
 * 1–5 relationships, and evenly spaced percentiles alone would leave out the tail a reader also opens.
 */
export const SPREAD_PERCENTILES = [0, 10, 20, 30, 40, 50, 60, 70, 80, 85, 90, 93, 95, 97, 98, 99, 99.5, 99.8, 99.9, 100];

/** Counts a relationship once at both ends (a quote repeating a known fact adds nothing). */
export function tallyDegree(degree: Map<string, number>, seen: Set<string>, r: { type: string; from: string; to: string }): void {
  const id = `${r.type}|${r.from}|${r.to}`;
  if (seen.has(id)) return;
  seen.add(id);
  degree.set(r.from, (degree.get(r.from) ?? 0) + 1);
  degree.set(r.to, (degree.get(r.to) ?? 0) + 1);
}

/**
 * Entities under `under` relationships (so every server returns all of them on one page) at SPREAD_PERCENTILES
 * of their degree distribution, ties broken by id; each pick a different entity.
 */
export function spreadOverDegrees(degree: Map<string, number>, under = 100): DegreeSpread {
  const eligible = [...degree].filter(([, d]) => d < under).map(([id, d]) => ({ id, degree: d }))
    .sort((a, b) => a.degree - b.degree || a.id.localeCompare(b.id));
  const picks: DegreeSpread['picks'] = [];
  let last = -1;
  for (const percentile of SPREAD_PERCENTILES) {
    const index = Math.max(last + 1, Math.round((percentile / 100) * (eligible.length - 1)));
    const entity = eligible[index];
    if (!entity) break;
    picks.push({ ...entity, percentile });
    last = index;
  }
  return { under, eligible: eligible.length, picks };
}

export function defaultOutDir(entities: number, seed: number): string {
  return path.resolve(__dirname, '..', '.bench', 'data', `n${entities}-s${seed}`);
}

/** Writes the graph to `outDir` and returns its manifest. */
export function writeGraph(options: GeneratorOptions, outDir: string): Manifest {
  for (const dir of ['facts', 'texts']) fs.mkdirSync(path.join(outDir, dir), { recursive: true });
  const facts = fs.openSync(path.join(outDir, 'facts', 'facts.ndjson'), 'w');
  const texts = fs.openSync(path.join(outDir, 'texts', 'texts.ndjson'), 'w');
  const degree = new Map<string, number>();
  const factIds = new Set<string>();
  let sources = 0;
  let mentions = 0;
  const entityIds = new Set<string>();
  try {
    for (const { document, text } of generateSources(options)) {
      fs.writeSync(facts, JSON.stringify(document) + '\n');
      fs.writeSync(texts, JSON.stringify({ sourceId: document.source.id, text }) + '\n');
      sources++;
      for (const e of document.entities) entityIds.add(e.id);
      for (const r of document.relationships) {
        mentions++;
        tallyDegree(degree, factIds, r);
      }
    }
  } finally {
    fs.closeSync(facts);
    fs.closeSync(texts);
  }
  const ranked = [...degree].map(([id, d]) => ({ id, degree: d })).sort((a, b) => b.degree - a.degree || a.id.localeCompare(b.id));
  const median = ranked[Math.floor(ranked.length / 2)]?.degree ?? 1;
  const midDegree = ranked.filter((e) => e.degree >= 2 * median && e.degree <= 4 * median).slice(0, 50);
  const manifest: Manifest = { options, sources, entities: entityIds.size, mentions, relationships: factIds.size, hubs: ranked.slice(0, 20), midDegree, degreeSpread: spreadOverDegrees(degree) };
  fs.writeFileSync(path.join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  return manifest;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      entities: { type: 'string', default: String(DEFAULT_OPTIONS.entities) },
      seed: { type: 'string', default: String(DEFAULT_OPTIONS.seed) },
      degree: { type: 'string', default: String(DEFAULT_OPTIONS.meanDegree) },
      out: { type: 'string' },
    },
  });
  const entities = Number(values.entities);
  const seed = Number(values.seed);
  const meanDegree = Number(values.degree);
  if (!Number.isInteger(entities) || entities < 10) throw new Error('--entities must be an integer >= 10');
  if (!Number.isInteger(seed)) throw new Error('--seed must be an integer');
  if (!(meanDegree >= 1)) throw new Error('--degree must be >= 1');
  const outDir = path.resolve(values.out ?? defaultOutDir(entities, seed));
  const started = Date.now();
  const manifest = writeGraph({ ...DEFAULT_OPTIONS, entities, seed, meanDegree }, outDir);
  console.log(`${manifest.sources} sources, ${manifest.entities} entities, ${manifest.relationships} relationships ` +
    `(${manifest.mentions} quotes) → ${outDir} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

if (require.main === module) main();
