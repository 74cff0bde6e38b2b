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
}

/** Live updates (subscriptions over WebSocket): see docs/live.md. */
export interface LiveConfig {
  /** How often the change feed is read while anyone subscribes: the typical delivery delay. 250 ms costs ~4 small indexed reads a second per instance. */
  pollMs: number;
  /** Subscriptions one connection may hold; a client needs a few, and each costs a queue and a filter. */
  maxSubscriptionsPerConnection: number;
  /** Open WebSocket connections per instance; beyond it the upgrade is refused with HTTP 503. */
  maxConnections: number;
  /**
   * Events one subscription may have waiting to be sent; the feed reads in batches of at most half of it. A client
   * that reads slower than the feed fills it and is disconnected (1013, after `slowClientMs`) instead of the server
   * buffering for it without bound. 1,000 events are a few hundred kilobytes.
   */
  maxQueuedEvents: number;
  /**
   * A subscription whose queue has had no room for the next batch this long is closed (1013). Until then the feed
   * waits for it, so no subscriber misses events because another is slow; 10 s covers a client on a bad link.
   */
  slowClientMs: number;
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
  fetching: FetchingConfig;
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
    exports: {
      maxRelationships: int(env, 'EXPORT_MAX_RELATIONSHIPS', 1_000_000),
      timeoutMs: int(env, 'EXPORT_TIMEOUT_MS', 5 * 60_000),
    },
    live: {
      pollMs: int(env, 'LIVE_POLL_MS', 250, 10),
      maxSubscriptionsPerConnection: int(env, 'LIVE_MAX_SUBSCRIPTIONS_PER_CONNECTION', 10),
      maxConnections: int(env, 'LIVE_MAX_CONNECTIONS', 1000),
      maxQueuedEvents: int(env, 'LIVE_MAX_QUEUED_EVENTS', 1000, 2),
      slowClientMs: int(env, 'LIVE_SLOW_CLIENT_MS', 10_000),
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
    },
  };
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
