// Structured JSON logs (pino). One logger; children carry request ids.
import pino from 'pino';

export type Logger = pino.Logger;

export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'newsgraph' } });
}
