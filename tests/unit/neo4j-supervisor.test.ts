// The embedded Neo4j's supervisor, its restart policy alone: the supervised processes are real child processes
// (a sleeping node), killed for real, so exits arrive as they do from Java. The real Neo4j is SIGKILLed in
// tests/integration/neo4j-supervision.test.ts.
import { spawn } from 'node:child_process';
import express from 'express';
import pino from 'pino';
import type { Neo4jAvailability } from '../../src/db/availability';
import { type EmbeddedNeo4j, MissingToolError, type Neo4jExit } from '../../src/db/embedded';
import { Neo4jSupervisor, type Neo4jProcessEvent, type RestartPolicy } from '../../src/db/supervisor';
import { mountHealth } from '../../src/http/health';

function sleeper(): EmbeddedNeo4j {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  const exited = new Promise<Neo4jExit>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal, stderr: '' })));
  return {
    uri: 'bolt://127.0.0.1:1',
    version: 'test',
    process: child,
    exited,
    async stop() { if (child.exitCode === null && child.signalCode === null) { child.kill('SIGTERM'); await exited; } },
  };
}

interface Run {
  supervisor: Neo4jSupervisor;
  logs: Array<Record<string, unknown>>;
  events: Neo4jProcessEvent[];
  launches: number[];
}

function supervise(policy: Partial<RestartPolicy>, launch: () => Promise<EmbeddedNeo4j> = async () => sleeper()): Run {
  const logs: Array<Record<string, unknown>> = [];
  const log = pino({ level: 'info' }, { write: (line: string) => { logs.push(JSON.parse(line) as Record<string, unknown>); } });
  const launches: number[] = [];
  const supervisor = new Neo4jSupervisor(async () => { launches.push(Date.now()); return launch(); }, {
    policy: { firstDelayMs: 50, maxDelayMs: 1_000, maxRestarts: 5, windowMs: 60_000, ...policy },
    log,
  });
  const events: Neo4jProcessEvent[] = [];
  supervisor.onEvent((event) => events.push(event));
  return { supervisor, logs, events, launches };
}

async function until(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const kill = (run: Run): void => { run.supervisor.process?.kill('SIGKILL'); };

let running: Neo4jSupervisor[] = [];
afterEach(async () => {
  await Promise.all(running.map((s) => s.stop()));
  running = [];
});
function track(run: Run): Run {
  running.push(run.supervisor);
  return run;
}

test('an exit is logged at error level with its signal, and the process is started again after the first delay', async () => {
  const run = track(supervise({ firstDelayMs: 200 }));
  await run.supervisor.start();
  expect(run.supervisor.state).toBe('up');
  kill(run);
  await until(() => run.supervisor.state === 'restarting');
  const exitLine = run.logs.find((line) => line.msg === 'embedded neo4j exited; restarting it');
  expect(exitLine).toMatchObject({ level: 50, signal: 'SIGKILL', code: null, restartInMs: 200, exitsInWindow: 1 });
  await until(() => run.supervisor.state === 'up');
  expect(run.launches).toHaveLength(2);
  expect((run.launches[1] ?? 0) - (run.launches[0] ?? 0)).toBeGreaterThanOrEqual(200);
  expect(run.supervisor.restarts).toBe(1);
  expect(run.events.map((e) => e.type)).toEqual(['up', 'exit', 'up']);
  expect(run.logs.some((line) => line.msg === 'embedded neo4j restarted' && line.restarts === 1)).toBe(true);
});

test('exits close together back off: each wait doubles, up to the cap', async () => {
  const run = track(supervise({ firstDelayMs: 50, maxDelayMs: 150 }));
  await run.supervisor.start();
  for (let restarts = 1; restarts <= 4; restarts += 1) {
    kill(run);
    await until(() => run.supervisor.state === 'up' && run.supervisor.restarts === restarts);
  }
  const waits = run.logs.filter((line) => line.msg === 'embedded neo4j exited; restarting it').map((line) => line.restartInMs);
  expect(waits).toEqual([50, 100, 150, 150]);
});

test('a restart that fails counts as another exit, and the next one is tried', async () => {
  let calls = 0;
  const run = track(supervise({}, async () => {
    calls += 1;
    if (calls === 2) throw new Error('embedded Neo4j exited (code 1) before it was ready: port in use');
    return sleeper();
  }));
  await run.supervisor.start();
  kill(run);
  await until(() => run.supervisor.state === 'up' && run.supervisor.restarts === 1);
  expect(calls).toBe(3);
  expect(run.logs.filter((line) => line.msg === 'embedded neo4j exited; restarting it').map((line) => line.restartInMs)).toEqual([50, 100]);
});

test('more exits than NEO4J_RESTART_MAX within the window: it gives up, and /health/live fails', async () => {
  const run = track(supervise({ maxRestarts: 2 }));
  const app = express();
  const availability = { check: async () => false } as unknown as Neo4jAvailability;
  mountHealth(app, availability, run.supervisor);
  const server = app.listen(0);
  const port = (server.address() as { port: number }).port;
  try {
    await run.supervisor.start();
    const live = async () => (await fetch(`http://127.0.0.1:${port}/health/live`)).status;
    for (let restarts = 1; restarts <= 2; restarts += 1) {
      kill(run);
      await until(() => run.supervisor.state === 'restarting');
      expect(await live()).toBe(200); // restarting is still live
      await until(() => run.supervisor.state === 'up' && run.supervisor.restarts === restarts);
    }
    kill(run);
    await until(() => run.supervisor.state === 'failed');
    expect(run.launches).toHaveLength(3);
    const response = await fetch(`http://127.0.0.1:${port}/health/live`);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ status: 'failed', neo4j: 'failed', restarts: 2, reason: expect.stringContaining('3 times') });
    const ready = await fetch(`http://127.0.0.1:${port}/health/ready`);
    expect(ready.status).toBe(503);
    expect(run.logs.some((line) => line.level === 50 && String(line.msg).includes('not coming back'))).toBe(true);
  } finally {
    server.close();
  }
});

test('exits further apart than the window never add up to a failure', async () => {
  const run = track(supervise({ maxRestarts: 1, windowMs: 300 }));
  await run.supervisor.start();
  for (let restarts = 1; restarts <= 3; restarts += 1) {
    kill(run);
    await until(() => run.supervisor.state === 'up' && run.supervisor.restarts === restarts);
    await new Promise((resolve) => setTimeout(resolve, 350));
  }
  expect(run.supervisor.failure).toBeNull();
});

test('Java gone at restart: it gives up at once instead of retrying', async () => {
  let calls = 0;
  const run = track(supervise({}, async () => {
    calls += 1;
    if (calls > 1) throw new MissingToolError('java not found: install openjdk-17-jdk-headless');
    return sleeper();
  }));
  await run.supervisor.start();
  kill(run);
  await until(() => run.supervisor.state === 'failed');
  expect(calls).toBe(2);
  expect(run.supervisor.failure).toContain('java not found');
});

test('stop() during the backoff: nothing is started again', async () => {
  const run = supervise({ firstDelayMs: 200 });
  await run.supervisor.start();
  kill(run);
  await until(() => run.supervisor.state === 'restarting');
  await run.supervisor.stop();
  await new Promise((resolve) => setTimeout(resolve, 400));
  expect(run.launches).toHaveLength(1);
  expect(run.supervisor.state).toBe('stopped');
});

test('stop() stops the process cleanly and its exit is not taken for a crash', async () => {
  const run = supervise({});
  const embedded = await run.supervisor.start();
  await run.supervisor.stop();
  expect(embedded.process.signalCode).toBe('SIGTERM');
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(run.events.map((e) => e.type)).toEqual(['up']);
  expect(run.launches).toHaveLength(1);
});
