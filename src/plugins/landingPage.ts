// What a browser gets at / (and /graphql) when Apollo Sandbox is off, as in production: a short page saying what
// this service is and where to go, instead of a CSRF error in JSON. Apollo serves it only to GET requests that
// prefer text/html; JSON clients and POSTs get exactly what they got before.
import { createHash } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';

// No external assets and no script; the one inline style is allowed by its hash, nothing else is.
const STYLE = `
body { margin: 0; font: 1rem/1.5 system-ui, sans-serif; color: #1b1b1b; background: #fff; }
main { max-width: 44rem; margin: 0 auto; padding: 2rem 1rem 3rem; }
h1 { margin-top: 0; }
a { color: #0b4f9c; }
a:focus-visible { outline: 3px solid #0b4f9c; outline-offset: 2px; }
code, pre { font-family: ui-monospace, monospace; font-size: 0.95em; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #f3f3f3; padding: 0.75rem; border-radius: 4px; }
`;

const CSP = [
  "default-src 'none'",
  `style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`,
  "img-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export const LANDING_PAGE_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<title>newsgraph: a GraphQL API over a graph of the news</title>
<link rel="icon" type="image/svg+xml" href="/explorer/favicon.svg">
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>newsgraph</h1>
<p>A GraphQL API over a knowledge graph built from news reports: people, countries, organisations, places,
events and groups, how they relate, and for every relationship the sources and quotes that support it.</p>

<h2>Explore it</h2>
<p><a href="/explorer">Open the graph explorer</a> to search for an entity and follow its connections.</p>

<h2>Query it</h2>
<p>Send GraphQL as JSON in a <code>POST</code> to <code>/graphql</code>, for example:</p>
<pre>curl https://<var>this-server</var>/graphql -H 'content-type: application/json' \\
  -d '{"query": "{ stats { entityCount relationshipCount } }"}'</pre>
<p>New relationships and sources can be followed live: GraphQL subscriptions over a WebSocket on the same
<code>/graphql</code> path, with the <code>graphql-transport-ws</code> protocol.</p>

<h2>Check it</h2>
<ul>
<li><a href="/health/live">Liveness (<code>/health/live</code>)</a>: the service is running.</li>
<li><a href="/health/ready">Readiness (<code>/health/ready</code>)</a>: the service can reach its database.</li>
</ul>

<h2>Read about it</h2>
<p>The documentation is kept with the source code, in its <code>docs</code> folder; the schema, with a
description of every type and field, is <code>schema.graphql</code>.</p>
<ul>
<li><code>docs/api.md</code>: queries, their limits and examples</li>
<li><code>docs/mutations.md</code>: writing facts, tokens and bulk loading</li>
<li><code>docs/live.md</code>: subscriptions and what a client should do when a connection closes</li>
<li><code>docs/explorer.md</code>: the graph explorer</li>
<li><code>docs/production.md</code> and <code>docs/configuration.md</code>: running the service</li>
</ul>
</main>
</body>
</html>
`;

/** Apollo's landing-page hook, answering with the page above. */
export function landingPagePlugin(): ApolloServerPlugin {
  return {
    async serverWillStart() {
      return { async renderLandingPage() { return { html: LANDING_PAGE_HTML }; } };
    },
  };
}
