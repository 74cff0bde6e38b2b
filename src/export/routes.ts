// The export routes: GET /export/graph.jsonld, /export/graph.graphml, /export/events.csv, and HEAD on each. Every
// request checks the token (when reads need one) and the parameters; GET then takes a place in the export budget
// (or is refused, 429, before touching Neo4j) and streams (src/export/stream.ts). HEAD answers the headers a GET
// would, without running the export.
import express from 'express';
import { createActorResolver } from '../auth';
import type { Config } from '../config';
import type { Database } from '../db/database';
import type { Logger } from '../log';
import { ExportBudget, RETRY_AFTER_SECONDS } from './budget';
import { csv } from './csv';
import type { ExportFormat } from './format';
import { graphml } from './graphml';
import { jsonld } from './jsonld';
import { type ExportParams, parseExportParams } from './params';
import { sendError } from './respond';
import { setExportHeaders, streamExport } from './stream';

export const EXPORT_FORMATS: readonly ExportFormat[] = [jsonld, graphml, csv];

interface Deps { config: Config; db: Database; log: Logger }

/** The client an export is counted against: the connection's address (Express's `trust proxy` decides which). */
function clientOf(req: express.Request): string {
  return req.ip ?? req.socket.remoteAddress ?? 'unknown';
}

/** Mounts the export routes (docs/exports.md); returns the budget, so its use can be watched. */
export function mountExports(app: express.Express, deps: Deps): ExportBudget {
  const router = express.Router();
  const actorOf = createActorResolver(deps.config);
  const budget = new ExportBudget(deps.config.exports);

  /** The request's parameters once its token and parameters are accepted; null when it has been answered. */
  const accepted = async (req: express.Request, res: express.Response): Promise<ExportParams | null> => {
    try {
      await actorOf(req.header('authorization'));
      return parseExportParams(req.query);
    } catch (error) {
      sendError(res, error, deps.log);
      return null;
    }
  };

  for (const format of EXPORT_FORMATS) {
    const path = `/export/${format.file}`;
    // Registered before GET, which Express would otherwise also run for HEAD (the whole export, body discarded).
    router.head(path, async (req, res) => {
      if (!(await accepted(req, res))) return;
      setExportHeaders(res, format);
      res.end();
    });
    router.get(path, async (req, res) => {
      const params = await accepted(req, res);
      if (!params) return;
      let release: () => void;
      try {
        release = budget.admit(clientOf(req));
      } catch (error) {
        res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
        sendError(res, error, deps.log);
        return;
      }
      try {
        await streamExport(format, params, res, deps);
      } finally {
        // streamExport settles only once its session is closed, so the place is free only when the connection is.
        release();
      }
    });
  }
  app.use(router);
  return budget;
}
