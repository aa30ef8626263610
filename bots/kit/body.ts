/**
 * Reads a request body with a size limit, so an oversized request gets 413
 * without being buffered whole. Listens for the stream's events rather than
 * iterating it (`for await`): an async iterator costs a promise and a
 * `readable` round per chunk, on every webhook delivery.
 */
import type { IncomingMessage } from "node:http";

/** The body was larger than allowed. */
export class BodyTooLargeError extends Error {
  readonly code = "BODY_TOO_LARGE";
  constructor(readonly limit: number) {
    super(`request body over ${limit} bytes`);
    this.name = "BodyTooLargeError";
  }
}

/** The request ended before its body did (the client went away). */
export class BodyAbortedError extends Error {
  readonly code = "BODY_ABORTED";
  constructor() {
    super("request closed before its body ended");
    this.name = "BodyAbortedError";
  }
}

/**
 * Reads at most `limit` bytes of `req`; rejects with BodyTooLargeError past
 * it (the rest is drained unread), with BodyAbortedError when the request
 * closes before its end, or with the stream's own error.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers["content-length"] ?? "0");
  if (declared > limit) {
    req.resume();
    return Promise.reject(new BodyTooLargeError(limit));
  }
  // Read late (after an await), the stream may have ended or closed already, and would say so no more.
  if (req.readableEnded) return Promise.resolve(Buffer.alloc(0));
  if (req.destroyed) return Promise.reject(new BodyAbortedError());
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = (): void => {
      req.off("data", onData);
      req.off("end", onEnd);
      req.off("error", onError);
      req.off("close", onClose);
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > limit) {
        done();
        req.resume();
        reject(new BodyTooLargeError(limit));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = (): void => {
      done();
      resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size));
    };
    const onError = (e: Error): void => {
      done();
      reject(e);
    };
    const onClose = (): void => {
      done();
      reject(new BodyAbortedError());
    };
    req.on("data", onData);
    req.on("end", onEnd);
    req.on("error", onError);
    req.on("close", onClose);
  });
}
