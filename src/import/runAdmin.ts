// Runs `neo4j-admin database import full` from the locked jars, the way the launcher runs Neo4j: java on the
// classpath .neo4j/lib/*, main class org.neo4j.cli.AdminTool. NEO4J_HOME is the store folder, laid out as the
// embedded launcher's home (data/databases/neo4j, data/transactions/neo4j), so the launcher serves it as is.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureNeo4jJars, LIB_DIR, requireTool } from '../db/embedded';
import { ARRAY_DELIMITER_OPTION } from './csvFile';
import type { CsvFiles } from './writeCsv';

export class AdminImportError extends Error {}

export interface AdminOptions {
  /** The new store's folder (the embedded Neo4j's home). */
  home: string;
  /** Where the importer's config and report go (not in the store). */
  workDir: string;
  /** neo4j-admin's --max-off-heap-memory; a shared machine wants a cap rather than its 90 % default. */
  offHeap: string;
  log: (line: string) => void;
}

function adminArguments(files: CsvFiles, workDir: string, offHeap: string): string[] {
  return [
    'database', 'import', 'full',
    ...files.nodes.map((n) => `--nodes=${n.label}=${n.file}`),
    ...files.relationships.map((r) => `--relationships=${r.type ? `${r.type}=` : ''}${r.file}`),
    `--array-delimiter=${ARRAY_DELIMITER_OPTION}`,
    // Only the files that hold line breaks are parsed the slow, multi-line way.
    ...(files.multiline.length ? [`--multiline-fields=${files.multiline.join(',')}`, '--multiline-fields-format=v2'] : []),
    `--report-file=${path.join(workDir, 'import.report')}`,
    `--max-off-heap-memory=${offHeap}`,
    // More threads than cores: on 2 cores the relationship stage took 14–16 s with the default (one per core)
    // and 9–12 s with 4 (948k relationships); 8 did no better than 4.
    `--threads=${Math.max(4, 2 * os.availableParallelism())}`,
    // The CSV is ours and checked: a bad entry is a bug, not data to skip.
    '--bad-tolerance=0',
    'neo4j',
  ];
}

export async function runAdminImport(files: CsvFiles, options: AdminOptions): Promise<void> {
  requireTool('java', ['-version'], 'openjdk-17-jdk-headless');
  await ensureNeo4jJars(options.log);
  const conf = path.join(options.workDir, 'conf');
  fs.mkdirSync(conf, { recursive: true });
  fs.writeFileSync(path.join(conf, 'neo4j.conf'), '# neo4j-admin for npm run import: defaults, the store under NEO4J_HOME/data\n');
  // neo4j-admin asks for about 1 GiB of heap at a million relationships and warns below it; 2 GiB leaves room.
  const child = spawn('java', ['-Xmx2g', '-cp', `${LIB_DIR}${path.sep}*`, 'org.neo4j.cli.AdminTool', ...adminArguments(files, options.workDir, options.offHeap)], {
    env: { ...process.env, NEO4J_HOME: options.home, NEO4J_CONF: conf },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let tail = '';
  const onOutput = (chunk: Buffer): void => {
    const text = chunk.toString();
    tail = (tail + text).slice(-4000);
    for (const line of text.split('\n')) if (line.trim() && !/^[.\s]*\d+%/.test(line) && !/^[-.\s]+$/.test(line)) options.log(line.trimEnd());
  };
  child.stdout.on('data', onOutput);
  child.stderr.on('data', onOutput);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (exitCode) => resolve(exitCode));
  });
  if (code !== 0) throw new AdminImportError(`neo4j-admin database import failed (exit ${code}): ${tail.trim().split('\n').slice(-8).join(' | ')}`);
}
