// Builds the three servers as production runs them: the product through `npm run build` (what the Dockerfile's
// `node dist/src/main.js` serves), the comparison servers through the same tsc into dist/bench/. Compiled, no
// server pays tsx's load-time transpiling or keeps its source maps in memory; every server is built alike.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

/** How the servers are run: compiled JavaScript (production's way, the default) or TypeScript through tsx. */
export type Runtime = 'compiled' | 'tsx';
export const RUNTIMES: readonly Runtime[] = ['compiled', 'tsx'];

/** `--runtime`'s value, refused unless it is one of RUNTIMES. */
export function runtimeOption(value: string | undefined): Runtime {
  const runtime = (value ?? 'compiled') as Runtime;
  if (!RUNTIMES.includes(runtime)) throw new Error(`--runtime must be one of ${RUNTIMES.join(', ')}`);
  return runtime;
}

export function buildServers(log: (line: string) => void): void {
  log('building the servers (npm run build, and tsc for bench/servers)…');
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(ROOT, 'bench', 'tsconfig.build.json')], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  // bench/cypher.ts reads its statements beside itself.
  fs.cpSync(path.join(ROOT, 'bench', 'cypher'), path.join(ROOT, 'dist', 'bench', 'cypher'), { recursive: true });
}

/** The node arguments and script that start `server` (its compiled file or its TypeScript through tsx). */
export function serverEntry(runtime: Runtime, server: 'newsgraph' | 'floor' | 'neo4j-graphql'): string[] {
  const relative = server === 'newsgraph' ? path.join('src', 'main') : path.join('bench', 'servers', server);
  return runtime === 'compiled' ? [path.join(ROOT, 'dist', `${relative}.js`)] : ['--import', 'tsx', path.join(ROOT, `${relative}.ts`)];
}
