// HTTP-level limits before Apollo sees a request: the JSON body size and the number of operations in one
// batched request. Rejections are GraphQL-shaped JSON with the same code and `limit` as operation limits.
import express from 'express';
import type { LimitsConfig } from '../config';
import { OperationLimitError } from '../errors';

function send(res: express.Response, error: OperationLimitError, status: number): void {
  const { http: _http, ...extensions } = error.extensions;
  res.status(status).json({ errors: [{ message: error.message, extensions }] });
}

/** Parses JSON bodies up to `maxBodyBytes` and caps batches at `maxBatch` operations (0: batching off). */
export function requestLimits(limits: LimitsConfig): express.RequestHandler[] {
  const parse = express.json({ limit: limits.maxBodyBytes });
  const batches: express.RequestHandler = (req, res, next) => {
    const body: unknown = req.body;
    if (Array.isArray(body) && body.length > limits.maxBatch) {
      send(res, new OperationLimitError('maxBatch', limits.maxBatch, body.length), 400);
      return;
    }
    next();
  };
  return [parse, batches];
}

/** Turns body-parser failures (too large, not JSON) into coded JSON errors instead of HTML pages. */
export const bodyErrors: express.ErrorRequestHandler = (error: unknown, _req, res, next) => {
  const type = typeof error === 'object' && error !== null && 'type' in error ? (error as { type: unknown }).type : null;
  if (type === 'entity.too.large') {
    const limit = Number((error as { limit?: unknown }).limit);
    send(res, new OperationLimitError('maxBodyBytes', limit), 413);
  } else if (type === 'entity.parse.failed') {
    res.status(400).json({ errors: [{ message: 'the request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
  } else {
    next(error);
  }
};
