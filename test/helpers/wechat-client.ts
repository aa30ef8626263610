/**
 * Plays WeChat's servers against `POST /wechat` over real HTTP: signs (and in
 * safe or compatible mode encrypts) each push, and reads the passive reply
 * back (checking its signature and decrypting it when encrypted).
 */
import { randomInt } from "node:crypto";
import { WechatCrypto } from "../../bots/wechat-adapter/crypto.ts";
import { verifyMsgSignature } from "../../bots/wechat-adapter/signature.ts";
import { leafFields, readXml } from "../../bots/wechat-adapter/xml-reader.ts";
import { encryptedPush, plainPush, pushXml, type TestAccount } from "./wechat-pushes.ts";

/** How pushes are sent. */
export type PushMode = "plain" | "compatible" | "safe";

/** A passive reply as the client read it. */
export interface PassiveReply {
  status: number;
  /** The raw body. */
  body: string;
  /** The reply's text, or null for `success` / an empty body. */
  content: string | null;
  /** Milliseconds from sending the push to the whole answer. */
  elapsedMs: number;
}

// A random start per process: runs against one Redis (in parallel, or one
// within minutes of another) must not send each other's MsgIds.
let nextMsgId = 7_000_000_000_000_000_000n + BigInt(randomInt(0, 2 ** 40)) * 1_000_000n;

/** A fresh 64-bit MsgId as WeChat would send it, unique across processes. */
export function freshMsgId(): string {
  nextMsgId += 1n;
  return String(nextMsgId);
}

/** The largest passive reply WeChat shows, in UTF-8 bytes; the test user refuses anything longer. */
export const MAX_PASSIVE_BYTES = 2048;

/** A follower of the account, chatting through WeChat's servers with the app at `baseUrl`. */
export class WechatTestUser {
  constructor(
    private readonly baseUrl: string,
    private readonly account: TestAccount,
    readonly mode: PushMode,
    readonly openid: string,
  ) {}

  /** Sends a text message; `msgId` repeats a push as WeChat's retries do. */
  text(content: string, msgId: string = freshMsgId()): Promise<PassiveReply> {
    return this.push(this.fields({ MsgType: "text", Content: content, MsgId: msgId }));
  }

  /** Sends a voice message with WeChat's transcript (or none). */
  voice(recognition: string | null, msgId: string = freshMsgId()): Promise<PassiveReply> {
    return this.push(
      this.fields({ MsgType: "voice", MediaId: "media_1", Format: "amr", ...(recognition === null ? {} : { Recognition: recognition }), MsgId: msgId }),
    );
  }

  /** Sends an event (`subscribe`, `CLICK` with its key, …). */
  event(event: string, eventKey?: string, createTime?: number): Promise<PassiveReply> {
    return this.push(this.fields({ MsgType: "event", Event: event, ...(eventKey === undefined ? {} : { EventKey: eventKey }) }, createTime));
  }

  /** Sends an image, which the assistant cannot read. */
  image(msgId: string = freshMsgId()): Promise<PassiveReply> {
    return this.push(this.fields({ MsgType: "image", PicUrl: "http://example.invalid/p.jpg", MediaId: "media_2", MsgId: msgId }));
  }

  /** Sends the push `xml`, signed (and encrypted) for this user's mode, now. */
  async push(xml: string): Promise<PassiveReply> {
    const timestamp = Math.floor(Date.now() / 1000);
    const signed = this.mode === "plain" ? plainPush(this.account.token, xml, timestamp) : encryptedPush(this.account, xml, timestamp, { compatible: this.mode === "compatible" });
    const query = new URLSearchParams({ ...signed.query, openid: this.openid });
    const started = performance.now();
    const response = await fetch(`${this.baseUrl}/wechat?${query}`, { method: "POST", headers: { "content-type": "text/xml" }, body: signed.body });
    const body = await response.text();
    const elapsedMs = performance.now() - started;
    return { status: response.status, body, content: response.ok ? this.read(body) : null, elapsedMs };
  }

  private fields(fields: Record<string, string>, createTime?: number): string {
    return pushXml({
      ToUserName: "gh_test_account",
      FromUserName: this.openid,
      CreateTime: String(createTime ?? Math.floor(Date.now() / 1000)),
      ...fields,
    });
  }

  private read(body: string): string | null {
    if (body === "" || body === "success") return null;
    let fields = leafFields(readXml(body));
    if (this.mode !== "plain") {
      const { Encrypt: encrypt, MsgSignature: signature, TimeStamp: timestamp, Nonce: nonce } = fields;
      if (!encrypt || !verifyMsgSignature(this.account.token, timestamp ?? "", nonce ?? "", encrypt, signature)) {
        throw new Error("encrypted reply without a valid signature");
      }
      fields = leafFields(readXml(new WechatCrypto(this.account).decrypt(encrypt).message));
    }
    if (fields.ToUserName !== this.openid || fields.FromUserName !== "gh_test_account" || fields.MsgType !== "text") {
      throw new Error("reply not addressed back to the user as text");
    }
    const content = fields.Content ?? "";
    // WeChat shows nothing (the user sees an error) for a passive reply over about 2,048 bytes.
    if (Buffer.byteLength(content, "utf8") > MAX_PASSIVE_BYTES) throw new Error(`passive reply of ${Buffer.byteLength(content, "utf8")} bytes, over WeChat's ${MAX_PASSIVE_BYTES}`);
    return content;
  }
}
