// The export routes: GET /export/graph.jsonld, /export/graph.graphml, /export/events.csv. Each checks the token
// (when reads need one) and the parameters, counts what it would send (refusing more than
// EXPORT_MAX_RELATIONSHIPS before a byte is sent), then streams entities, relationships and sources from one
// read transaction through the format. A client that goes away stops the statement in the database.
import express from 'express';
import { createActorResolver } from '../auth';
import type { Config } from '../config';
import type { Database, Params } from '../db/database';
import { integer } from '../db/rowShape';
import { int } from '../db/values';
import { OperationLimitError } from '../errors';
import type { Logger } from '../log';
import { csv } from './csv';
import type { ExportFormat } from './format';
import { graphml } from './graphml';
import { jsonld } from './jsonld';
import { type ExportParams, parseExportParams } from './params';
import { toExportEntity, toExportRelationship, toExportSource } from './records';
import { sendError } from './respond';
import { ResponseSink } from './sink';

export const EXPORT_FORMATS: readonly ExportFormat[] = [jsonld, graphml, csv];

interface Deps { config: Config; db: Database; log: Logger }

function statementParams(p: ExportParams, limit: number): Params {
  return { types: p.types, entity: p.entity, asOf: p.asOf, limit: int(limit) };
}

async function streamExport(format: ExportFormat, params: ExportParams, res: express.Response, deps: Deps): Promise<void> {
  const { config, db, log } = deps;
  const aborted = new AbortController();
  res.on('close', () => { if (!res.writableFinished) aborted.abort(); });
  const sink = new ResponseSink(res, aborted.signal, format.separator);
  const max = config.exports.maxRelationships;
  const bound = statementParams(params, max);
  try {
    await db.stream(async (run) => {
      for await (const row of run('export-count', bound)) {
        const found = integer(row, 'relationships');
        if (found > max) throw new OperationLimitError('exportMaxRelationships', max, found);
      }
      res.status(200).type(format.contentType);
      res.setHeader('content-disposition', `attachment; filename="${format.file}"`);
      res.setHeader('x-content-type-options', 'nosniff');
      res.setHeader('cache-control', 'no-store');
      await sink.text(format.begin());
      if (format.listsEntities) {
        for await (const row of run('export-entities', bound)) {
          if (sink.closed) return;
          await sink.items(format.entity(toExportEntity(row)));
        }
      }
      for await (const row of run('export-relationships', bound)) {
        if (sink.closed) return;
        await sink.items(format.relationship(toExportRelationship(row)));
      }
      if (format.listsSources) {
        for await (const row of run('export-sources', bound)) {
          if (sink.closed) return;
          await sink.items(format.source(toExportSource(row)));
        }
      }
      await sink.text(format.end());
      await sink.end();
    }, { timeoutMs: config.exports.timeoutMs, signal: aborted.signal });
  } catch (error) {
    if (!res.headersSent) {
      sendError(res, error, log);
    } else if (!aborted.signal.aborted) {
      // Half an export must not look like a whole one: the connection is cut, so the client sees a broken transfer.
      log.warn({ err: error, export: format.file }, 'export failed while streaming');
      res.destroy();
    }
  }
}

/** Mounts the three export routes (docs/exports.md). */
export function mountExports(app: express.Express, deps: Deps): void {
  const router = express.Router();
  const actorOf = createActorResolver(deps.config);
  for (const format of EXPORT_FORMATS) {
    router.get(`/export/${format.file}`, async (req, res) => {
      let params: ExportParams;
      try {
        await actorOf(req.header('authorization'));
        params = parseExportParams(req.query);
      } catch (error) {
        sendError(res, error, deps.log);
        return;
      }
      await streamExport(format, params, res, deps);
    });
  }
  app.use(router);
}
