/**
 * A fake of WeChat's API server on loopback (node:http, random port):
 * `GET /cgi-bin/token` and `POST /cgi-bin/message/custom/send`. It issues
 * numbered tokens, records every call, can invalidate tokens and can answer
 * scripted errcodes, so the customer-service client is tested over real HTTP.
 */
import { once } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** Options of {@link FakeWechatApi.start}. */
export interface FakeWechatApiOptions {
  appId: string;
  appSecret: string;
  /** Lifetime of issued tokens in seconds. Default 7,200, as WeChat's. */
  expiresIn?: number;
  /** Delay before answering a token request, to let concurrent callers overlap. Default 0. */
  tokenDelayMs?: number;
}

/** One customer-service message as the fake received it. */
export interface SendCall {
  accessToken: string | null;
  body: { touser?: string; msgtype?: string; text?: { content?: string } } | null;
  /** What the fake answered. */
  errcode: number;
}

/** The fake server; stop it with {@link FakeWechatApi.close}. */
export class FakeWechatApi {
  /** `http://127.0.0.1:<port>`, for `baseUrl` / `WECHAT_API_BASE_URL`. */
  readonly baseUrl: string;
  /** How many token requests arrived, successful or not. */
  tokenRequests = 0;
  /** Every send attempt, in arrival order. */
  readonly sends: SendCall[] = [];
  private readonly valid = new Map<string, number>();
  private readonly sendScript: number[] = [];
  private readonly tokenScript: number[] = [];
  private issued = 0;

  private constructor(
    private readonly server: Server,
    private readonly options: Required<FakeWechatApiOptions>,
  ) {
    this.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  /** Starts a fake on a random loopback port. */
  static async start(options: FakeWechatApiOptions): Promise<FakeWechatApi> {
    const server = createServer();
    server.listen(0, "127.0.0.1");
    await once(server, "listening");
    const fake = new FakeWechatApi(server, { expiresIn: 7200, tokenDelayMs: 0, ...options });
    server.on("request", (req, res) => void fake.handle(req, res));
    return fake;
  }

  /** The messages WeChat accepted (errcode 0), in order. */
  get delivered(): SendCall[] {
    return this.sends.filter((s) => s.errcode === 0);
  }

  /** The next sends answer these errcodes, one each, before normal service resumes (0 = deliver). */
  scriptSendErrors(...errcodes: number[]): void {
    this.sendScript.push(...errcodes);
  }

  /** The next token requests answer these errcodes, one each. */
  scriptTokenErrors(...errcodes: number[]): void {
    this.tokenScript.push(...errcodes);
  }

  /** Every token issued so far now answers `errcode` (40001 by default, 42001 for "expired"). */
  invalidateTokens(errcode = 40001): void {
    for (const token of this.valid.keys()) this.valid.set(token, errcode);
  }

  /** Stops the server. */
  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", this.baseUrl);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    if (req.method === "GET" && url.pathname === "/cgi-bin/token") return this.token(url, res);
    if (req.method === "POST" && url.pathname === "/cgi-bin/message/custom/send") return this.send(url, raw, res);
    res.writeHead(404).end();
  }

  private async token(url: URL, res: ServerResponse): Promise<void> {
    this.tokenRequests++;
    if (this.options.tokenDelayMs > 0) await new Promise((r) => setTimeout(r, this.options.tokenDelayMs));
    const scripted = this.tokenScript.shift();
    if (scripted !== undefined && scripted !== 0) return json(res, { errcode: scripted, errmsg: "scripted" });
    const q = url.searchParams;
    if (q.get("grant_type") !== "client_credential") return json(res, { errcode: 40002, errmsg: "invalid grant_type" });
    if (q.get("appid") !== this.options.appId) return json(res, { errcode: 40013, errmsg: "invalid appid" });
    if (q.get("secret") !== this.options.appSecret) return json(res, { errcode: 40125, errmsg: "invalid appsecret" });
    const token = `FAKE_TOKEN_${++this.issued}`;
    this.valid.set(token, 0);
    json(res, { access_token: token, expires_in: this.options.expiresIn });
  }

  private send(url: URL, raw: string, res: ServerResponse): void {
    const accessToken = url.searchParams.get("access_token");
    let body: SendCall["body"] = null;
    try {
      body = JSON.parse(raw) as SendCall["body"];
    } catch {
      // Recorded as null and answered 47001 below.
    }
    let errcode: number;
    if (accessToken === null) errcode = 41001;
    else if (!this.valid.has(accessToken)) errcode = 40001;
    else if (this.valid.get(accessToken) !== 0) errcode = this.valid.get(accessToken)!;
    else if (body === null) errcode = 47001;
    // WeChat refuses an empty text, and one over 2,048 UTF-8 bytes (45002, content size out of limit).
    else if (!body.text?.content || Buffer.byteLength(body.text.content, "utf8") > MAX_TEXT_BYTES) errcode = body.text?.content ? 45002 : 44003;
    else errcode = this.sendScript.shift() ?? 0;
    this.sends.push({ accessToken, body, errcode });
    json(res, { errcode, errmsg: errcode === 0 ? "ok" : "error" });
  }
}

/** The largest customer-service text WeChat accepts, in UTF-8 bytes. */
export const MAX_TEXT_BYTES = 2048;

function json(res: ServerResponse, value: unknown): void {
  res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(value));
}
