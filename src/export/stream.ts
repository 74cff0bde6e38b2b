// One export, streamed: counts what it would send (refusing more than EXPORT_MAX_RELATIONSHIPS before a byte is
// sent), then streams entities, relationships and sources from one read transaction through the format. A client
// that goes away, or reads slower than the floor (src/export/pace.ts), stops the statement in the database.
import type express from 'express';
import type { Config } from '../config';
import type { Database, Params } from '../db/database';
import { integer } from '../db/rowShape';
import { int } from '../db/values';
import { OperationLimitError } from '../errors';
import type { Logger } from '../log';
import type { ExportFormat } from './format';
import { watchPace } from './pace';
import type { ExportParams } from './params';
import { toExportEntity, toExportRelationship, toExportSource } from './records';
import { sendError } from './respond';
import { ResponseSink } from './sink';

export interface StreamDeps { config: Config; db: Database; log: Logger }

function statementParams(p: ExportParams, limit: number): Params {
  return { types: p.types, entity: p.entity, asOf: p.asOf, limit: int(limit) };
}

/** The headers of an export's 200: the same for GET and HEAD. */
export function setExportHeaders(res: express.Response, format: ExportFormat): void {
  res.status(200).type(format.contentType);
  res.setHeader('content-disposition', `attachment; filename="${format.file}"`);
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('cache-control', 'no-store');
}

export async function streamExport(format: ExportFormat, params: ExportParams, res: express.Response, deps: StreamDeps): Promise<void> {
  const { config, db, log } = deps;
  const aborted = new AbortController();
  res.on('close', () => { if (!res.writableFinished) aborted.abort(); });
  const sink = new ResponseSink(res, aborted.signal, format.separator);
  const stopWatching = watchPace(sink, config.exports, ({ bytesPerSecond }) => {
    log.warn({ export: format.file, bytesPerSecond, minBytesPerSecond: config.exports.minBytesPerSecond }, 'export reader too slow: connection cut');
    // The client sees a broken transfer; 'close' then aborts, which closes the session at once.
    res.destroy();
  });
  const max = config.exports.maxRelationships;
  const bound = statementParams(params, max);
  try {
    await db.stream(async (run) => {
      for await (const row of run('export-count', bound)) {
        const found = integer(row, 'relationships');
        if (found > max) throw new OperationLimitError('exportMaxRelationships', max, found);
      }
      setExportHeaders(res, format);
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
  } finally {
    stopWatching();
  }
}
