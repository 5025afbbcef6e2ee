/**
 * The reference server's error codes, HTTP-like (Osmium publishes none; see docs/protocol.md#errors).
 * Every failed call answers an `RPCError` with one of these as `error_code` and a message naming
 * the problem.
 *
 * | code | meaning |
 * | ---- | ------- |
 * | 400 | bad argument, or a call out of order (before `core.initialize`) |
 * | 401 | not authorized: no session on this connection, bad token or credentials |
 * | 403 | missing permission, or not allowed for this user |
 * | 404 | no such user, chat, community, channel, message, file, invite ... |
 * | 409 | conflict: already exists, already a member, username taken |
 * | 413 | too large: text, upload, part |
 * | 429 | slow mode or rate limit |
 * | 500 | a bug in the reference server (never on purpose) |
 */
export const ServerErrorCode = {
  BadRequest: 400,
  Unauthorized: 401,
  Forbidden: 403,
  NotFound: 404,
  Conflict: 409,
  TooLarge: 413,
  RateLimited: 429,
  Internal: 500,
} as const;

/** One of {@link ServerErrorCode}'s values. */
export type ServerErrorCode = (typeof ServerErrorCode)[keyof typeof ServerErrorCode];

/** Thrown by a handler to answer the call with an `RPCError`. */
export class ServerError extends Error {
  override readonly name = "ServerError";
  constructor(
    readonly code: ServerErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export const badRequest = (message: string) => new ServerError(ServerErrorCode.BadRequest, message);
export const unauthorized = (message: string) => new ServerError(ServerErrorCode.Unauthorized, message);
export const forbidden = (message: string) => new ServerError(ServerErrorCode.Forbidden, message);
export const notFound = (message: string) => new ServerError(ServerErrorCode.NotFound, message);
export const conflict = (message: string) => new ServerError(ServerErrorCode.Conflict, message);
export const tooLarge = (message: string) => new ServerError(ServerErrorCode.TooLarge, message);
export const rateLimited = (message: string) => new ServerError(ServerErrorCode.RateLimited, message);
