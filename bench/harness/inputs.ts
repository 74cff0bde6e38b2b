// What the workloads ask about, picked from the generated graph's manifest: mid-degree entities (W1, W3),
// the biggest hubs (W2) and names of entities as search texts (W4).
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from '../../src/db/database';
import type { Manifest } from '../generate';
import { benchCypher } from '../cypher';
import type { WorkloadInputs } from './workloads';

export function readManifest(dataDir: string): Manifest {
  return JSON.parse(fs.readFileSync(path.join(dataDir, 'manifest.json'), 'utf8')) as Manifest;
}

/** Entities with fewer than 100 relationships, so every server returns all of them on one page. */
export function modestEntities(manifest: Manifest): Manifest['midDegree'] {
  return manifest.midDegree.filter((e) => e.degree < 100);
}

export async function pickInputs(manifest: Manifest, db: Database): Promise<WorkloadInputs> {
  const mid = modestEntities(manifest).map((e) => e.id);
  const half = Math.floor(mid.length / 2);
  const session = db.driver.session();
  try {
    const names = (await session.run(benchCypher('names'), { ids: mid.slice(0, 10) })).records.map((r) => r.get('name') as string);
    return {
      entityIds: mid.slice(0, 20),
      hubIds: manifest.hubs.slice(0, 5).map((h) => h.id),
      pairs: mid.slice(0, Math.min(10, half)).map((id, i) => [id, mid[half + i] as string]),
      searchTexts: names.flatMap((n) => [n, n.split(' ')[0] ?? n]).slice(0, 12),
    };
  } finally {
    await session.close();
  }
}
