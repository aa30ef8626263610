/**
 * A fake OpenAI-compatible server on loopback (node:http, random port) for
 * `POST /v1/chat/completions`, so that LangChain's ChatOpenAI is tested over
 * real HTTP. Each request is answered by the next scripted behaviour (or the
 * default one): an answer, a slow answer, an HTTP error, a malformed body, a
 * refusal, or a streamed (SSE) answer. Every request is recorded.
 */
import { once } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** A chat message as the client sent it. */
export interface FakeChatMessage {
  role: string;
  content: string;
}

/** A chat-completions request as the fake received it. */
export interface FakeChatRequest {
  model: string;
  messages: FakeChatMessage[];
  stream: boolean;
  /** The `Authorization` header, to check the key is sent (and only there). */
  authorization: string | null;
}

/** How to answer one request. `content` may be built from the request. */
export type FakeBehaviour =
  | { kind: "answer"; content: string | ((req: FakeChatRequest) => string); finishReason?: string }
  | { kind: "slow"; delayMs: number; content: string | ((req: FakeChatRequest) => string) }
  | { kind: "status"; status: number; body?: string }
  | { kind: "malformed"; body: string; contentType?: string }
  | { kind: "refusal"; refusal: string }
  | { kind: "stream"; chunks: string[] | ((req: FakeChatRequest) => string[]); delayMs?: number };

/** The fake server; stop it with {@link FakeOpenAiServer.close}. */
export class FakeOpenAiServer {
  /** `http://127.0.0.1:<port>/v1`, for `LLM_BASE_URL`. */
  readonly baseUrl: string;
  /** Every chat-completions request, in arrival order. */
  readonly requests: FakeChatRequest[] = [];
  /** Requests the client gave up on before the answer was complete (a budget abort closes the socket). */
  cancelled = 0;
  private readonly script: FakeBehaviour[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  private nextId = 0;

  private constructor(
    private readonly server: Server,
    private fallback: FakeBehaviour,
  ) {
    this.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  }

  /** Starts a fake on a random loopback port; `fallback` answers whenever the script is empty. */
  static async start(fallback: FakeBehaviour = { kind: "answer", content: "OK" }): Promise<FakeOpenAiServer> {
    const server = createServer();
    server.listen(0, "127.0.0.1");
    await once(server, "listening");
    const fake = new FakeOpenAiServer(server, fallback);
    server.on("request", (req, res) => void fake.handle(req, res));
    return fake;
  }

  /** Queues behaviours for the next requests, in order. */
  queue(...behaviours: FakeBehaviour[]): this {
    this.script.push(...behaviours);
    return this;
  }

  /** Replaces the behaviour used when the script is empty. */
  always(behaviour: FakeBehaviour): this {
    this.fallback = behaviour;
    return this;
  }

  /** Stops the server, cutting any slow answer short. */
  async close(): Promise<void> {
    for (const t of this.timers) clearTimeout(t);
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    if (req.method !== "POST" || !req.url?.endsWith("/chat/completions")) {
      res.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ error: { message: "not found" } }));
      return;
    }
    let body: { model?: string; messages?: { role?: string; content?: unknown }[]; stream?: boolean };
    try {
      body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as typeof body;
    } catch {
      res.writeHead(400, { "content-type": "application/json" }).end(JSON.stringify({ error: { message: "bad json" } }));
      return;
    }
    const request: FakeChatRequest = {
      model: body.model ?? "",
      messages: (body.messages ?? []).map((m) => ({ role: String(m.role), content: textOf(m.content) })),
      stream: body.stream === true,
      authorization: req.headers.authorization ?? null,
    };
    this.requests.push(request);
    res.once("close", () => {
      if (!res.writableFinished) this.cancelled++;
    });
    const behaviour = this.script.shift() ?? this.fallback;
    await this.answer(behaviour, request, res);
  }

  private async answer(b: FakeBehaviour, req: FakeChatRequest, res: ServerResponse): Promise<void> {
    const id = `chatcmpl-fake-${++this.nextId}`;
    switch (b.kind) {
      case "answer":
        if (req.stream) return this.sse(res, id, req.model, [resolve(b.content, req)], 0);
        return json(res, 200, completion(id, req.model, { role: "assistant", content: resolve(b.content, req) }, b.finishReason ?? "stop"));
      case "slow":
        await this.sleep(b.delayMs, res);
        if (res.destroyed) return;
        return json(res, 200, completion(id, req.model, { role: "assistant", content: resolve(b.content, req) }, "stop"));
      case "status":
        return void res
          .writeHead(b.status, { "content-type": "application/json" })
          .end(b.body ?? JSON.stringify({ error: { message: `fake error ${b.status}`, type: "server_error" } }));
      case "malformed":
        return void res.writeHead(200, { "content-type": b.contentType ?? "application/json" }).end(b.body);
      case "refusal":
        return json(res, 200, completion(id, req.model, { role: "assistant", content: null, refusal: b.refusal }, "stop"));
      case "stream":
        return this.sse(res, id, req.model, Array.isArray(b.chunks) ? b.chunks : b.chunks(req), b.delayMs ?? 0);
    }
  }

  /** Server-sent events as OpenAI sends them: role, content deltas, a finish chunk, `[DONE]`. */
  private async sse(res: ServerResponse, id: string, model: string, pieces: string[], delayMs: number): Promise<void> {
    res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache", connection: "keep-alive" });
    const send = (delta: object, finish: string | null): void => {
      res.write(`data: ${JSON.stringify({ id, object: "chat.completion.chunk", created: 0, model, choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`);
    };
    send({ role: "assistant", content: "" }, null);
    for (const piece of pieces) {
      if (delayMs > 0) await this.sleep(delayMs, res);
      if (res.destroyed) return;
      send({ content: piece }, null);
    }
    send({}, "stop");
    res.end("data: [DONE]\n\n");
  }

  private sleep(ms: number, res: ServerResponse): Promise<void> {
    return new Promise((done) => {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        done();
      }, ms);
      this.timers.add(timer);
      res.once("close", () => {
        clearTimeout(timer);
        this.timers.delete(timer);
        done();
      });
    });
  }
}

function resolve(content: string | ((req: FakeChatRequest) => string), req: FakeChatRequest): string {
  return typeof content === "function" ? content(req) : content;
}

function textOf(content: unknown): string {
  if (typeof content === "string") return content;
  if (Array.isArray(content)) return content.map((p) => (typeof p === "object" && p && "text" in p ? String((p as { text: unknown }).text) : "")).join("");
  return "";
}

function completion(id: string, model: string, message: object, finishReason: string): object {
  return {
    id,
    object: "chat.completion",
    created: 0,
    model,
    choices: [{ index: 0, message, finish_reason: finishReason, logprobs: null }],
    usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
  };
}

function json(res: ServerResponse, status: number, body: object): void {
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}

/** The results JSON the explainer put in the prompt, parsed back: what a good fake answer is built from. */
export function promptResults(req: FakeChatRequest): { measure: string; clauseLabel: string; title: string; amountText: string; statusText: string }[] {
  const human = [...req.messages].reverse().find((m) => m.role === "user")?.content ?? "";
  const m = /Results from the rules core \(JSON\)[^\n]*:\n([\s\S]*?)\n\nPlaceholders/u.exec(human);
  return m ? (JSON.parse(m[1]!) as ReturnType<typeof promptResults>) : [];
}

/** The placeholder tokens the explainer offered in the prompt, in order: what an honest fake answer writes. */
export function promptPlaceholders(req: FakeChatRequest): string[] {
  const human = [...req.messages].reverse().find((m) => m.role === "user")?.content ?? "";
  const m = /\nPlaceholders[^\n]*:\n([\s\S]*?)\n\nThe user's question/u.exec(human);
  return m ? [...m[1]!.matchAll(/^(\{[^}\s]+\}) = /gmu)].map((x) => x[1]!) : [];
}
