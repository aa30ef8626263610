/**
 * Errors of the JSON API as `application/problem+json` (RFC 9457): a status,
 * a short title, a detail, and for invalid input the fields at fault
 * (`errors[].path` as `events[0].cost`, `errors[].pointer` as a JSON Pointer).
 */
import type { ServerResponse } from "node:http";

/** One field at fault. */
export interface FieldProblem {
  path: string;
  pointer: string;
  detail: string;
}

/** A problem document. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: FieldProblem[];
}

/** The problem types the API answers with (relative URIs under the API). */
export const PROBLEM_TYPES = {
  400: "bad-request",
  401: "unauthorized",
  404: "not-found",
  405: "method-not-allowed",
  413: "payload-too-large",
  415: "unsupported-media-type",
  422: "invalid-input",
  429: "too-many-requests",
  500: "internal-error",
} as const;

const TITLES: Record<keyof typeof PROBLEM_TYPES, string> = {
  400: "Bad request",
  401: "Unauthorized",
  404: "Not found",
  405: "Method not allowed",
  413: "Payload too large",
  415: "Unsupported media type",
  422: "Invalid input",
  429: "Too many requests",
  500: "Internal error",
};

/** `events[0].cost` → `/events/0/cost`. */
export function pointerOf(path: string): string {
  if (!path) return "";
  return `/${path.replace(/\[(\d+)\]/g, ".$1").split(".").map((p) => p.replace(/~/g, "~0").replace(/\//g, "~1")).join("/")}`;
}

/** Builds the problem for `status`. */
export function problem(status: keyof typeof PROBLEM_TYPES, detail: string, errors?: { path: string; message: string }[]): Problem {
  return {
    type: `/api/v1/problems/${PROBLEM_TYPES[status]}`,
    title: TITLES[status],
    status,
    detail,
    ...(errors ? { errors: errors.map((e) => ({ path: e.path, pointer: pointerOf(e.path), detail: e.message })) } : {}),
  };
}

/** Sends `p` with its status and any extra headers. */
export function sendProblem(res: ServerResponse, p: Problem, headers: Record<string, string> = {}): void {
  if (res.headersSent) return;
  const text = JSON.stringify(p);
  res.writeHead(p.status, { ...headers, "content-type": "application/problem+json; charset=utf-8", "content-length": Buffer.byteLength(text) });
  res.end(text);
}
