// Why a fetch was refused, as a plain error with a stable reason, so any caller (the link reader, a feed poller)
// can map it to its own answer; GraphQL callers make it BAD_USER_INPUT with `extensions.reason`.

export type FetchRefusalReason =
  | 'SCHEME'
  | 'CREDENTIALS'
  | 'PRIVATE_ADDRESS'
  | 'DNS'
  | 'CONNECTION'
  | 'TIMEOUT'
  | 'TOO_LARGE'
  | 'REDIRECT_LIMIT'
  | 'CONTENT_TYPE'
  | 'CONTENT_ENCODING'
  | 'HTTP_STATUS';

export class FetchRefusal extends Error {
  constructor(readonly reason: FetchRefusalReason, message: string, readonly details: { url?: string; status?: number } = {}) {
    super(message);
    this.name = 'FetchRefusal';
  }
}
