// Deterministic, readable layouts: cose from a few seeded random starts, keeping the drawing with the fewest
// edge crossings and edges running through nodes. Same data, same picture — a shared link shows what its
// sender saw.
import type { Core, CoseLayoutOptions, EdgeSingular, Position } from 'cytoscape';

/** Small graphs get several tries; beyond this many nodes one run is already slow enough. */
const MAX_NODES_FOR_RETRIES = 60;
const TRIES = 8;

export const COSE: CoseLayoutOptions = {
  name: 'cose', animate: false, fit: true, padding: 40, nodeDimensionsIncludeLabels: true, componentSpacing: 80,
  nodeRepulsion: () => 90000, idealEdgeLength: () => 100, gravity: 0.6, numIter: 1000,
  // Parallel edges (Israel ↔ Hamas has six) would otherwise pull their ends into one spot.
  edgeElasticity: (edge: EdgeSingular) => 60 * edge.parallelEdges().length,
};

/** mulberry32: a tiny seeded PRNG. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** cose draws its random start from Math.random; lend it a seeded one for the length of one run. */
function withRandom<T>(random: () => number, run: () => T): T {
  const original = Math.random;
  Math.random = random;
  try {
    return run();
  } finally {
    Math.random = original;
  }
}

function segmentsCross(a: Position, b: Position, c: Position, d: Position): boolean {
  const side = (p: Position, q: Position, r: Position) => Math.sign((q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x));
  return side(a, b, c) * side(a, b, d) < 0 && side(c, d, a) * side(c, d, b) < 0;
}

function distanceToSegment(p: Position, a: Position, b: Position): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy || 1)));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/** Lower is better: crossing edge pairs, plus twice every edge that runs through a node it does not touch. */
export function clutter(cy: Core): number {
  const edges = cy.edges().map((e) => ({ s: e.source().id(), t: e.target().id(), a: e.source().position(), b: e.target().position() }));
  const nodes = cy.nodes().map((n) => ({ id: n.id(), p: n.position(), r: n.width() / 2 + 6 }));
  let score = 0;
  for (let i = 0; i < edges.length; i++) {
    const e = edges[i]!;
    for (let j = i + 1; j < edges.length; j++) {
      const f = edges[j]!;
      if (e.s !== f.s && e.s !== f.t && e.t !== f.s && e.t !== f.t && segmentsCross(e.a, e.b, f.a, f.b)) score += 1;
    }
    for (const n of nodes) if (n.id !== e.s && n.id !== e.t && distanceToSegment(n.p, e.a, e.b) < n.r) score += 2;
  }
  return score;
}

/** Lays out the whole drawing from scratch, deterministically. */
export function layoutFresh(cy: Core): void {
  const tries = cy.nodes().length <= MAX_NODES_FOR_RETRIES ? TRIES : 1;
  let best: { score: number; positions: Map<string, Position> } | null = null;
  for (let seed = 1; seed <= tries; seed++) {
    withRandom(seeded(seed), () => cy.layout({ ...COSE, randomize: true }).run());
    const score = clutter(cy);
    if (!best || score < best.score) best = { score, positions: new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }])) };
    if (score === 0) break;
  }
  const positions = best?.positions;
  if (positions && tries > 1) cy.nodes().positions((node) => positions.get(node.id()) ?? node.position());
  cy.fit(undefined, COSE.padding);
}

/** Lays out again from the current positions, so what the user was looking at moves as little as possible. */
export function layoutFromHere(cy: Core): void {
  cy.layout({ ...COSE, randomize: false }).run();
}
