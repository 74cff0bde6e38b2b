// The environment, parsed and validated once into a typed Config. Nothing else reads process.env.
import os from 'node:os';
import path from 'node:path';

export interface Neo4jConfig {
  /** Bolt/neo4j URI; null means "start the embedded Neo4j". */
  uri: string | null;
  user: string;
  password: string;
  database: string | undefined;
  /** Where the embedded Neo4j keeps its store; survives restarts. */
  embeddedDataDir: string;
  embeddedPort: number;
  /** Every transaction is cancelled in the database after this long. */
  transactionTimeoutMs: number;
  maxPoolSize: number;
  /** How long a request waits for a pooled connection before SERVICE_UNAVAILABLE. */
  acquisitionTimeoutMs: number;
  /** How long opening a new connection may take. */
  connectionTimeoutMs: number;
  /** How long the driver retries a transaction on transient errors; short, so outages fail fast. */
  maxRetryMs: number;
  /** While Neo4j is down, how often we ping it to notice it is back. */
  probeIntervalMs: number;
  /** Start-up waits this long in total for Neo4j to answer before giving up. */
  startupTimeoutMs: number;
  /**
   * The embedded Neo4j is restarted when it exits: after 1 s, then 2 s, 4 s … up to 30 s for exits close together.
   * Five restarts in ten minutes is a Neo4j that will not stay up (a broken store, a taken port): more and the
   * service reports itself not live, so the orchestrator restarts it whole instead of it looping here.
   */
  restart: { firstDelayMs: number; maxDelayMs: number; maxRestarts: number; windowMs: number };
  /**
   * A start of the embedded Neo4j that is not READY after this long is killed (a restart then counts it as a failed
   * one). Five minutes: a cold start takes 5–60 s here, and replaying a long transaction log after a crash takes longer.
   */
  embeddedStartTimeoutMs: number;
}

/** Operation limits; each rejection is OPERATION_LIMIT_EXCEEDED naming the limit. */
export interface LimitsConfig {
  maxDepth: number;
  /** Cost: every field costs 1 plus its selection, times its `first` (or `limit`) when it has one. */
  maxCost: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  maxBodyBytes: number;
  /** Operations in one batched HTTP request; 0 turns batching off. */
  maxBatch: number;
}

export interface AuthConfig {
  /** HS256 shared secret (at least 32 characters); used when no JWKS URL is set. */
  jwtSecret: string | null;
  /** A JWKS endpoint for asymmetric tokens (RS256, ES256…); takes precedence over the secret. */
  jwksUrl: string | null;
  /** When set, tokens must carry exactly this `iss`. */
  issuer: string | null;
  /** When set, tokens must name this audience in `aud`. */
  audience: string | null;
  /** Reads are open by default (it is a public news graph); true makes every request need a valid token. */
  requiredForReads: boolean;
}

export interface ExportsConfig {
  /**
   * Most relationships one export may hold; a larger one is refused before anything is sent (400
   * OPERATION_LIMIT_EXCEEDED), never cut short. 1,000,000 is ~20× the 10k-entity benchmark graph; narrow with
   * `types`, `entity` or `asOf`, or raise it.
   */
  maxRelationships: number;
  /** An export's one read transaction is cancelled in the database after this long (reads get NEO4J_TX_TIMEOUT_MS). */
  timeoutMs: number;
  /**
   * Exports running at once, in all. Each holds one pooled Neo4j connection for its whole transfer, so this is
   * the most of the pool exports can ever take; it must be at most half of NEO4J_MAX_POOL_SIZE, so reads keep the
   * rest. 4 is as many as two Neo4j cores run at full speed; one more export is refused (HTTP 429) before Neo4j.
   */
  maxConcurrent: number;
  /** Exports one client address may run at once: one client cannot take the whole budget. */
  maxConcurrentPerClient: number;
  /**
   * A client that reads slower than this (bytes a second, over a window, while the export waits for it) is cut
   * off and its session released; 0 turns the floor off. 16 KiB/s is an eighth of a 1 Mbit/s link, and a slow
   * reader holds a Neo4j connection for as long as it reads.
   */
  minBytesPerSecond: number;
  /** The first this-long of a transfer is never judged (socket buffers fill, the client gets going). */
  slowReaderGraceMs: number;
  /** The window the read rate is measured over; a reader is judged once per window. */
  slowReaderWindowMs: number;
}

/** Live updates (subscriptions over WebSocket): see docs/live.md. */
export interface LiveConfig {
  /** How often the change feed is read while anyone subscribes: the typical delivery delay. 250 ms costs ~4 small indexed reads a second per instance. */
  pollMs: number;
  /** Subscriptions one connection may hold; a client needs a few, and each costs a queue and a filter. */
  maxSubscriptionsPerConnection: number;
  /**
   * Acknowledged WebSocket connections per instance (token checked, connection_ack sent). One more is closed with
   * 1013 (try again later) instead of acknowledged; graphql-ws clients retry that by themselves.
   */
  maxConnections: number;
  /**
   * How long a new WebSocket may take to send connection_init (graphql-ws closes it with 4408 then). Clients send
   * it at once; graphql-ws' own default of 3 s leaves room for a slow link and a token fetched on connect.
   */
  connectionInitTimeoutMs: number;
  /**
   * WebSockets from one client address (an IPv6 /64) not yet acknowledged; one more upgrade is refused (HTTP 429).
   * They do not count against `maxConnections`, so sockets that never authenticate cannot shut out those that
   * do. A client connects in one round trip, so even many clients behind one NAT rarely have more than a few here.
   */
  maxConnectingPerAddress: number;
  /** WebSockets not yet acknowledged, from all addresses together; one more upgrade is refused (HTTP 503). */
  maxConnecting: number;
  /**
   * Events one subscription may have waiting to be sent; the feed reads in batches of at most half of it. A client
   * that reads slower than the feed fills it and is disconnected (1013, after `slowClientMs`) instead of the server
   * buffering for it without bound. 1,000 events are a few hundred kilobytes.
   */
  maxQueuedEvents: number;
  /**
   * A subscription whose client has left its events unread this long is closed (1013): the time counts while its
   * queue has no room for the next batch *and* its socket holds bytes the client has not taken, never while the
   * server is still resolving events. Until then the feed waits for it, so no subscriber misses events because
   * another is slow; 10 s covers a client on a bad link.
   */
  slowClientMs: number;
  /**
   * Most events a subscription resuming from a cursor (`after:`) is replayed; further behind is TOO_FAR_BEHIND.
   * 10,000 covers a reconnect during a few large writes, and the replay is read batch by batch at the client's pace.
   */
  maxReplayEvents: number;
}

/** Reading articles (`extract`, `ingestArticle`) off the main thread: see docs/reading.md. */
export interface ArticleReadingConfig {
  /**
   * Worker threads that read articles, each reading one at a time. A 1 MB article takes about a second of one core;
   * the main thread keeps a core for every other request, so on two cores one worker is the default.
   */
  workers: number;
  /**
   * A read still running after this long is stopped (its worker replaced) and answered ARTICLE_READ_TIMEOUT. The
   * reader is linear: a 1 MB article of any content reads in about 1–3 s here, so 15 s is headroom for a loaded machine.
   * The name lookup in the graph is not counted: it has NEO4J_TX_TIMEOUT_MS.
   */
  timeoutMs: number;
  /**
   * Articles waiting for a worker at most; one more is refused (OPERATION_LIMIT_EXCEEDED, limit "articleReadQueue")
   * instead of held: each waiting request holds its text, and the wait grows with every article ahead of it.
   */
  maxQueued: number;
}

/** Fetching the links users give (`ingestArticle`/`extract` with a `url`): see docs/production.md, "Fetching links". */
export interface FetchingConfig {
  /**
   * Largest page, counted as it streams both as sent and after decompression (so a gzip bomb stops here too). 5 MB
   * holds the heaviest news pages, inline scripts and all, a few times over; the text taken out of it must still fit
   * ARTICLE_MAX_BYTES.
   */
  maxBytes: number;
  /** The whole fetch, redirects included; a slow server costs a request this long at most. */
  timeoutMs: number;
  /** Hosts (`host` or `host:port`) fetched from even on private addresses: an intranet, the tests' loopback server. */
  allowedHosts: string[];
  /** Who to contact about the fetcher, sent in its User-Agent (NEWSGRAPH_CONTACT: an email address or a URL). */
  contact: string | null;
}

/** Polling feeds (`npm run watch`): see docs/feeds.md. */
export interface FeedsConfig {
  /** A feed's interval when items keep coming; new feeds start here. 15 minutes: news feeds change about that often. */
  pollIntervalSeconds: number;
  /** The longest interval quiet or failing feeds back off to: a dead feed is still tried a few times a day. */
  maxPollIntervalSeconds: number;
  /** New items fetched per feed per poll; the rest wait for the next poll (a 10,000-item feed is read in slices). */
  maxItemsPerPoll: number;
  /** Feeds one worker polls at once (each host still gets one request at a time). */
  concurrency: number;
  /** How long a worker's lease on a feed lasts; past it another worker may poll the feed (the first crashed). */
  leaseSeconds: number;
  /** Articles read and written at once while a feed's pages are fetched one by one. */
  ingestConcurrency: number;
  /** When set, `npm run watch` serves its Prometheus metrics on this port (/metrics). */
  metricsPort: number | null;
}

export interface Config {
  port: number;
  production: boolean;
  introspection: boolean;
  landingPage: boolean;
  corsOrigins: string[];
  maxPageSize: number;
  seedOnEmpty: boolean;
  logLevel: string;
  debugRoundTrips: boolean;
  limits: LimitsConfig;
  /** Automatic persisted queries: on/off and the bound of their in-memory LRU cache. */
  persistedQueries: { enabled: boolean; cacheBytes: number; ttlSeconds: number };
  csrfPrevention: boolean;
  metricsEnabled: boolean;
  /** On SIGTERM, in-flight requests get this long to finish before connections are closed. */
  shutdownGraceMs: number;
  /** Most entities + relationships one mutation may carry (the bulk CLI has no such limit per file). */
  maxWriteItems: number;
  /**
   * Largest article text `extract`, `ingestArticle` and the CLI accept, in UTF-8 bytes. 1 MB holds the longest
   * news features several times over and is stored as one property on :Source; GraphQL bodies are capped by
   * GRAPHQL_MAX_BODY_BYTES in front of it (raise that too to send articles near this size over HTTP).
   */
  articleMaxBytes: number;
  articleReading: ArticleReadingConfig;
  /**
   * When set, /metrics answers only requests carrying `Authorization: Bearer <this>` (a scraper's static token).
   * Unset, /metrics follows reads: open, or any valid token when AUTH_REQUIRED_FOR_READS is on.
   */
  metricsToken: string | null;
  /**
   * Proxies whose X-Forwarded-For is believed (Express's `trust proxy`: `loopback`, `uniquelocal`, addresses, CIDRs).
   * Empty (the default): the socket's peer is the client, so behind a proxy every client shares its address's limits.
   */
  trustProxy: string[];
  fetching: FetchingConfig;
  feeds: FeedsConfig;
  /** The streamed exports (/export/…): see docs/exports.md. */
  exports: ExportsConfig;
  live: LiveConfig;
  auth: AuthConfig;
  neo4j: Neo4jConfig;
}

export const REPO_ROOT = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? '../..' : '..');

/**
 * The local Maven repository (-Dmaven.repo.local in MAVEN_OPTS, else ~/.m2/repository). The embedded Neo4j's
 * locked jars are copied from it when they are there with the right checksum, instead of downloaded again.
 */
export function mavenLocalRepository(env: NodeJS.ProcessEnv = process.env): string {
  const match = /(?:^|\s)-Dmaven\.repo\.local=(?:"([^"]*)"|'([^']*)'|(\S+))/.exec(env.MAVEN_OPTS ?? '');
  const configured = match?.[1] ?? match?.[2] ?? match?.[3];
  return configured ? path.resolve(configured) : path.join(os.homedir(), '.m2', 'repository');
}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 1): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be an integer >= ${min}, got "${raw}"`);
  return value;
}

function bool(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  throw new Error(`${name} must be true or false, got "${raw}"`);
}

function list(env: NodeJS.ProcessEnv, name: string): string[] {
  return (env[name] ?? '').split(',').map((s) => s.trim()).filter(Boolean);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const production = env.NODE_ENV === 'production';
  return {
    port: int(env, 'PORT', 4000, 0),
    production,
    // Sandbox and introspection are for development; production turns them on only when asked.
    introspection: bool(env, 'GRAPHQL_INTROSPECTION', !production),
    landingPage: bool(env, 'GRAPHQL_LANDING_PAGE', !production),
    corsOrigins: list(env, 'CORS_ORIGINS'),
    maxPageSize: int(env, 'MAX_PAGE_SIZE', 100),
    seedOnEmpty: bool(env, 'SEED_ON_EMPTY', true),
    logLevel: env.LOG_LEVEL ?? (env.NODE_ENV === 'test' ? 'silent' : 'info'),
    debugRoundTrips: bool(env, 'DEBUG_ROUND_TRIPS', !production),
    limits: {
      maxDepth: int(env, 'GRAPHQL_MAX_DEPTH', 10),
      maxCost: int(env, 'GRAPHQL_MAX_COST', 20_000),
      maxAliases: int(env, 'GRAPHQL_MAX_ALIASES', 15),
      maxDirectives: int(env, 'GRAPHQL_MAX_DIRECTIVES', 20),
      maxTokens: int(env, 'GRAPHQL_MAX_TOKENS', 2_000),
      maxBodyBytes: int(env, 'GRAPHQL_MAX_BODY_BYTES', 1_048_576),
      maxBatch: int(env, 'GRAPHQL_MAX_BATCH', 0, 0),
    },
    persistedQueries: {
      enabled: bool(env, 'APQ_ENABLED', true),
      cacheBytes: int(env, 'APQ_CACHE_BYTES', 10 * 1024 * 1024),
      ttlSeconds: int(env, 'APQ_TTL_SECONDS', 86_400, 0),
    },
    csrfPrevention: bool(env, 'CSRF_PREVENTION', true),
    metricsEnabled: bool(env, 'METRICS_ENABLED', true),
    metricsToken: metricsToken(env),
    trustProxy: list(env, 'TRUST_PROXY'),
    shutdownGraceMs: int(env, 'SHUTDOWN_GRACE_MS', 10_000, 0),
    maxWriteItems: int(env, 'MAX_WRITE_ITEMS', 5000),
    articleMaxBytes: int(env, 'ARTICLE_MAX_BYTES', 1_048_576),
    articleReading: {
      workers: int(env, 'ARTICLE_READ_WORKERS', 1),
      timeoutMs: int(env, 'ARTICLE_READ_TIMEOUT_MS', 15_000),
      maxQueued: int(env, 'ARTICLE_READ_QUEUE', 16, 0),
    },
    fetching: {
      maxBytes: int(env, 'FETCH_MAX_BYTES', 5 * 1024 * 1024),
      timeoutMs: int(env, 'FETCH_TIMEOUT_MS', 10_000),
      allowedHosts: list(env, 'FETCH_ALLOWED_HOSTS'),
      contact: env.NEWSGRAPH_CONTACT || null,
    },
    feeds: {
      pollIntervalSeconds: int(env, 'FEED_POLL_INTERVAL_SECONDS', 900),
      maxPollIntervalSeconds: int(env, 'FEED_MAX_POLL_INTERVAL_SECONDS', 6 * 3600),
      maxItemsPerPoll: int(env, 'FEED_MAX_ITEMS_PER_POLL', 200),
      concurrency: int(env, 'FEED_CONCURRENCY', 4),
      leaseSeconds: int(env, 'FEED_LEASE_SECONDS', 600),
      ingestConcurrency: int(env, 'FEED_INGEST_CONCURRENCY', 4),
      metricsPort: env.FEED_METRICS_PORT ? int(env, 'FEED_METRICS_PORT', 0) : null,
    },
    exports: exportsConfig(env),
    live: {
      pollMs: int(env, 'LIVE_POLL_MS', 250, 10),
      maxSubscriptionsPerConnection: int(env, 'LIVE_MAX_SUBSCRIPTIONS_PER_CONNECTION', 10),
      maxConnections: int(env, 'LIVE_MAX_CONNECTIONS', 1000),
      connectionInitTimeoutMs: int(env, 'LIVE_CONNECTION_INIT_TIMEOUT_MS', 3_000),
      maxConnectingPerAddress: int(env, 'LIVE_MAX_CONNECTING_PER_ADDRESS', 16),
      maxConnecting: int(env, 'LIVE_MAX_CONNECTING', 256),
      maxQueuedEvents: int(env, 'LIVE_MAX_QUEUED_EVENTS', 1000, 2),
      slowClientMs: int(env, 'LIVE_SLOW_CLIENT_MS', 10_000),
      maxReplayEvents: int(env, 'LIVE_MAX_REPLAY_EVENTS', 10_000),
    },
    auth: authConfig(env),
    neo4j: {
      uri: env.NEO4J_URI ? env.NEO4J_URI : null,
      user: env.NEO4J_USER ?? 'neo4j',
      password: env.NEO4J_PASSWORD ?? 'neo4j',
      database: env.NEO4J_DATABASE || undefined,
      embeddedDataDir: path.resolve(REPO_ROOT, env.NEO4J_DATA_DIR ?? '.neo4j/data'),
      embeddedPort: int(env, 'NEO4J_EMBEDDED_PORT', 7687),
      transactionTimeoutMs: int(env, 'NEO4J_TX_TIMEOUT_MS', 10_000),
      // Queries past what Neo4j's cores can run at once only slow each other down: with 50, hub neighbourhoods at 64
      // concurrent requests on two cores ran past 10 s; with 4, none did (the excess waits for a connection instead).
      maxPoolSize: int(env, 'NEO4J_MAX_POOL_SIZE', 16),
      acquisitionTimeoutMs: int(env, 'NEO4J_ACQUISITION_TIMEOUT_MS', 5_000),
      connectionTimeoutMs: int(env, 'NEO4J_CONNECTION_TIMEOUT_MS', 5_000),
      maxRetryMs: int(env, 'NEO4J_MAX_RETRY_MS', 2_000, 0),
      probeIntervalMs: int(env, 'NEO4J_PROBE_INTERVAL_MS', 1_000),
      startupTimeoutMs: int(env, 'NEO4J_STARTUP_TIMEOUT_MS', 60_000),
      restart: {
        firstDelayMs: int(env, 'NEO4J_RESTART_DELAY_MS', 1_000, 0),
        maxDelayMs: int(env, 'NEO4J_RESTART_MAX_DELAY_MS', 30_000, 0),
        maxRestarts: int(env, 'NEO4J_RESTART_MAX', 5, 0),
        windowMs: int(env, 'NEO4J_RESTART_WINDOW_MS', 10 * 60_000),
      },
      embeddedStartTimeoutMs: int(env, 'NEO4J_EMBEDDED_START_TIMEOUT_MS', 5 * 60_000),
    },
  };
}

function exportsConfig(env: NodeJS.ProcessEnv): ExportsConfig {
  const maxConcurrent = int(env, 'EXPORT_MAX_CONCURRENT', 4);
  const poolSize = int(env, 'NEO4J_MAX_POOL_SIZE', 16);
  // Exports hold their connection for the whole transfer; reads must always keep most of the pool.
  if (maxConcurrent > poolSize / 2) throw new Error(`EXPORT_MAX_CONCURRENT (${maxConcurrent}) must be at most half of NEO4J_MAX_POOL_SIZE (${poolSize}), so reads keep their connections`);
  return {
    maxRelationships: int(env, 'EXPORT_MAX_RELATIONSHIPS', 1_000_000),
    timeoutMs: int(env, 'EXPORT_TIMEOUT_MS', 5 * 60_000),
    maxConcurrent,
    maxConcurrentPerClient: int(env, 'EXPORT_MAX_CONCURRENT_PER_CLIENT', 2),
    minBytesPerSecond: int(env, 'EXPORT_MIN_BYTES_PER_SECOND', 16_384, 0),
    slowReaderGraceMs: int(env, 'EXPORT_SLOW_READER_GRACE_MS', 10_000, 0),
    slowReaderWindowMs: int(env, 'EXPORT_SLOW_READER_WINDOW_MS', 10_000, 100),
  };
}

function metricsToken(env: NodeJS.ProcessEnv): string | null {
  const token = env.METRICS_TOKEN || null;
  // A short static token can be guessed; it guards operational data, so ask for a real secret.
  if (token !== null && token.length < 16) throw new Error('METRICS_TOKEN must be at least 16 characters');
  return token;
}

function authConfig(env: NodeJS.ProcessEnv): AuthConfig {
  const jwtSecret = env.JWT_SECRET || null;
  // A short HS256 secret can be brute-forced offline from any token; refuse to start with one.
  if (jwtSecret !== null && jwtSecret.length < 32) throw new Error('JWT_SECRET must be at least 32 characters');
  const jwksUrl = env.JWT_JWKS_URL || null;
  if (jwksUrl !== null && !/^https?:\/\//.test(jwksUrl)) throw new Error(`JWT_JWKS_URL must be an http(s) URL, got "${jwksUrl}"`);
  return {
    jwtSecret,
    jwksUrl,
    issuer: env.JWT_ISSUER || null,
    audience: env.JWT_AUDIENCE || null,
    requiredForReads: bool(env, 'AUTH_REQUIRED_FOR_READS', false),
  };
}
