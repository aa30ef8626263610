import { createServer, request, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { BodyTooLargeError, readBody } from "../../../bots/kit/body.ts";

/** A server that reads each request's body with `limit` and hands the outcome to the test. */
function serverReading(limit: number, outcome: (r: Promise<Buffer>, req: IncomingMessage) => void): Promise<Server> {
  const server = createServer((req, res) => {
    const read = readBody(req, limit);
    outcome(read, req);
    read.then(
      (body) => res.end(`read ${body.length}`),
      (e: Error) => res.writeHead(e instanceof BodyTooLargeError ? 413 : 400).end(e.name),
    );
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

/** Posts `parts` one write at a time (chunked unless `length` is given); resolves with status and text. */
function post(server: Server, parts: string[], headers: Record<string, string> = {}): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ port: (server.address() as AddressInfo).port, host: "127.0.0.1", method: "POST", headers }, (res) => {
      let text = "";
      res.on("data", (c) => (text += c));
      res.on("end", () => resolve({ status: res.statusCode!, text }));
    });
    req.on("error", reject);
    for (const p of parts) req.write(p);
    req.end();
  });
}

describe("readBody", () => {
  let server: Server | undefined;
  afterEach(() => {
    server?.closeAllConnections();
    server?.close();
  });

  it("reads a body sent in one piece and one sent in many, byte for byte", async () => {
    const bodies: Buffer[] = [];
    server = await serverReading(1024, (r) => void r.then((b) => bodies.push(b), () => undefined));
    expect(await post(server, ['{"update_id":1}'])).toEqual({ status: 200, text: "read 15" });
    expect(await post(server, ["你好", "，", "xin chào"])).toEqual({ status: 200, text: `read ${Buffer.byteLength("你好，xin chào")}` });
    expect(bodies.map((b) => b.toString("utf8"))).toEqual(['{"update_id":1}', "你好，xin chào"]);
  });

  it("refuses a body declared over the limit before reading it, and one that grows past it while read", async () => {
    server = await serverReading(10, () => undefined);
    expect(await post(server, ["x".repeat(11)], { "content-length": "11" })).toEqual({ status: 413, text: "BodyTooLargeError" });
    expect(await post(server, ["x".repeat(6), "y".repeat(6)])).toEqual({ status: 413, text: "BodyTooLargeError" });
    // The connection and the server go on serving.
    expect(await post(server, ["ok"])).toEqual({ status: 200, text: "read 2" });
  });

  it("rejects, rather than waiting forever, when the client goes away in the middle of the body", async () => {
    let read: Promise<Buffer> | undefined;
    let arrived!: () => void;
    const started = new Promise<void>((resolve) => (arrived = resolve));
    server = await serverReading(1024, (r) => {
      read = r;
      arrived();
    });
    const req = request({ port: (server.address() as AddressInfo).port, host: "127.0.0.1", method: "POST", headers: { "content-length": "100" } });
    req.on("error", () => undefined);
    req.write("only part of it");
    await started;
    req.destroy();
    // Node reports the reset connection as the stream's error ("aborted"); a close without one is BodyAbortedError.
    await expect(read).rejects.toThrow(/aborted|closed before its body ended/);
  });

  it("rejects at once when it is asked to read after the client went away (a route that awaited something first)", async () => {
    let read: Promise<Buffer> | undefined;
    let asked!: () => void;
    const done = new Promise<void>((resolve) => (asked = resolve));
    server = createServer((req) => {
      req.once("close", () => {
        read = readBody(req, 1024);
        read.catch(() => undefined);
        asked();
      });
    });
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", () => resolve()));
    const req = request({ port: (server.address() as AddressInfo).port, host: "127.0.0.1", method: "POST", headers: { "content-length": "100" } });
    req.on("error", () => undefined);
    req.write("part");
    setTimeout(() => req.destroy(), 50);
    await done;
    await expect(read).rejects.toThrow(/closed before its body ended/);
  });
});
