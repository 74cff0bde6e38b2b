// What the workloads ask about, picked from the generated graph's manifest: entities across the degree
// distribution (W1), mid-degree entities (W3 and W4's names) and the biggest hubs (W2).
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from '../../src/db/database';
import { type DegreeSpread, type Manifest, spreadOverDegrees, tallyDegree } from '../generate';
import { benchCypher } from '../cypher';
import type { WorkloadInputs } from './workloads';

export function readManifest(dataDir: string): Manifest {
  return JSON.parse(fs.readFileSync(path.join(dataDir, 'manifest.json'), 'utf8')) as Manifest;
}

/**
 * W1's entities: the manifest's spread over degrees, or, for a manifest written before it existed, the same
 * spread counted from the facts documents (what was loaded), so an old store need not be generated again.
 */
export function degreeSpread(manifest: Manifest, dataDir: string): DegreeSpread {
  if (manifest.degreeSpread) return manifest.degreeSpread;
  const degree = new Map<string, number>();
  const seen = new Set<string>();
  for (const line of fs.readFileSync(path.join(dataDir, 'facts', 'facts.ndjson'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const document = JSON.parse(line) as { relationships: Array<{ type: string; from: string; to: string }> };
    for (const r of document.relationships) tallyDegree(degree, seen, r);
  }
  return spreadOverDegrees(degree);
}

/** "20 entities, degrees 1–99 (median 5): 1, 1, 2, …" for the report. */
export function describeSpread(spread: DegreeSpread): string {
  const degrees = spread.picks.map((p) => p.degree);
  const median = [...degrees].sort((a, b) => a - b)[Math.floor(degrees.length / 2)] ?? 0;
  return `${spread.picks.length} entities at percentiles ${spread.picks.map((p) => p.percentile).join(', ')} of the degree distribution of the ` +
    `${spread.eligible} entities with fewer than ${spread.under} relationships: degrees ${Math.min(...degrees)}–${Math.max(...degrees)} ` +
    `(median ${median}; each: ${degrees.join(', ')})`;
}

/** Mid-degree entities under 100 relationships (W3's pairs and W4's names). */
function modestEntities(manifest: Manifest): Manifest['midDegree'] {
  return manifest.midDegree.filter((e) => e.degree < 100);
}

export async function pickInputs(manifest: Manifest, spread: DegreeSpread, db: Database): Promise<WorkloadInputs> {
  const mid = modestEntities(manifest).map((e) => e.id);
  const half = Math.floor(mid.length / 2);
  const session = db.driver.session();
  try {
    const names = (await session.run(benchCypher('names'), { ids: mid.slice(0, 10) })).records.map((r) => r.get('name') as string);
    return {
      entityIds: spread.picks.map((p) => p.id),
      hubIds: manifest.hubs.slice(0, 5).map((h) => h.id),
      pairs: mid.slice(0, Math.min(10, half)).map((id, i) => [id, mid[half + i] as string]),
      searchTexts: names.flatMap((n) => [n, n.split(' ')[0] ?? n]).slice(0, 12),
    };
  } finally {
    await session.close();
  }
}
