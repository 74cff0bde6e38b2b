// Where a server's CPU time goes, from a V8 .cpuprofile (node --cpu-prof): self time grouped by what the
// code is — GraphQL execution, Apollo, the Neo4j driver, JSON, HTTP, our own code, GC — so "GraphQL costs X"
// is a measured share, not a guess.
import fs from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  hitCount?: number;
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

const CATEGORIES: Array<[label: string, test: (url: string, fn: string) => boolean]> = [
  ['idle (waiting: on Neo4j, on the network)', (_u, fn) => fn === '(idle)'],
  ['garbage collection', (_u, fn) => fn === '(garbage collector)'],
  ['JSON parse/stringify (native)', (u, fn) => u === '' && /^(stringify|parse|JSONSerialize|JSONParse)$/.test(fn)],
  ['graphql-js (parse, validate, execute)', (u) => u.includes('/node_modules/graphql/')],
  ['Apollo Server + express integration', (u) => /\/node_modules\/(@apollo|@as-integrations)\//.test(u)],
  ['@neo4j/graphql translation', (u) => /\/node_modules\/(@neo4j\/graphql|@neo4j\/cypher-builder|graphql-compose|graphql-parse-resolve-info)\//.test(u)],
  ['neo4j-driver (Bolt, packstream, sessions)', (u) => /\/node_modules\/neo4j-driver/.test(u)],
  ['express, body parsing, cors', (u) => /\/node_modules\/(express|body-parser|router|raw-body|iconv-lite|cors|qs|type-is|finalhandler|send|on-finished)\//.test(u)],
  ['dataloader', (u) => u.includes('/node_modules/dataloader/')],
  ['pino (logging)', (u) => u.includes('/node_modules/pino')],
  ['newsgraph src/ (resolvers, loaders, repositories)', (u) => u.includes('/src/')],
  ['bench servers', (u) => u.includes('/bench/')],
  ['Node core (http, net, streams, timers)', (u) => u.startsWith('node:')],
  ['other node_modules', (u) => u.includes('/node_modules/')],
  ['program / native / other', () => true],
];

export interface ProfileShare {
  label: string;
  ms: number;
  share: number;
}

/**
 * Self time per category over the profile's last `windowMs` (the measured load, not start-up), largest first,
 * as milliseconds and as a share of the busy (non-idle) time.
 */
export function summarizeProfile(file: string, windowMs = Infinity): { totalMs: number; busyMs: number; shares: ProfileShare[] } {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const times: number[] = [];
  let t = profile.startTime;
  for (const delta of profile.timeDeltas) times.push((t += delta));
  const from = profile.endTime - windowMs * 1000;
  const byLabel = new Map<string, number>();
  let totalMs = 0;
  profile.samples.forEach((id, i) => {
    const at = times[i] ?? 0;
    if (at < from) return;
    const ms = ((times[i + 1] ?? profile.endTime) - at) / 1000;
    const node = nodes.get(id);
    if (!node) return;
    const category = CATEGORIES.find(([, test]) => test(node.callFrame.url, node.callFrame.functionName));
    const label = category?.[0] ?? 'other';
    byLabel.set(label, (byLabel.get(label) ?? 0) + ms);
    totalMs += ms;
  });
  const idle = byLabel.get(CATEGORIES[0]?.[0] ?? '') ?? 0;
  const busyMs = totalMs - idle;
  const shares = [...byLabel].map(([label, ms]) => ({ label, ms, share: label === CATEGORIES[0]?.[0] ? ms / totalMs : ms / busyMs })).sort((a, b) => b.ms - a.ms);
  return { totalMs, busyMs, shares };
}
