/**
 * Builds pushes the way WeChat's servers sign and encrypt them, for tests of
 * the request core (and, later, of the HTTP route).
 */
import { WechatCrypto } from "../../bots/wechat-adapter/crypto.ts";
import { msgSignature, plainSignature } from "../../bots/wechat-adapter/signature.ts";

/** An account as configured on both sides. */
export interface TestAccount {
  token: string;
  appId: string;
  encodingAesKey: string;
}

/** A sample account for tests. */
export const ACCOUNT: TestAccount = {
  token: "pa-test-token",
  appId: "wx0123456789abcdef",
  encodingAesKey: "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG",
};

/** The XML of a plaintext push with CDATA fields. */
export function pushXml(fields: Record<string, string>): string {
  return `<xml>${Object.entries(fields)
    .map(([name, value]) => (/^\d+$/.test(value) ? `<${name}>${value}</${name}>` : `<${name}><![CDATA[${value}]]></${name}>`))
    .join("\n")}</xml>`;
}

/** A text push from `openid` to the account. */
export function textPushXml(content: string, options: { from?: string; msgId?: string; createTime?: number } = {}): string {
  return pushXml({
    ToUserName: "gh_test_account",
    FromUserName: options.from ?? "o_user_1",
    CreateTime: String(options.createTime ?? 1_700_000_000),
    MsgType: "text",
    Content: content,
    MsgId: options.msgId ?? "6054768590064713728",
  });
}

/** Query and body of a plain-mode push signed with `token` at `timestamp` (seconds). */
export function plainPush(token: string, xml: string, timestamp: number, nonce = "1320562132") {
  const ts = String(timestamp);
  return {
    query: { signature: plainSignature(token, ts, nonce), timestamp: ts, nonce, openid: "o_user_1" },
    body: xml,
  };
}

/**
 * Query and body of a safe-mode push (or compatible mode, which also carries
 * the plaintext fields of `xml`), encrypted and signed as WeChat does.
 */
export function encryptedPush(
  account: TestAccount,
  xml: string,
  timestamp: number,
  options: { compatible?: boolean; nonce?: string } = {},
) {
  const ts = String(timestamp);
  const nonce = options.nonce ?? "1320562132";
  const encrypt = new WechatCrypto(account).encrypt(xml);
  const plaintext = options.compatible ? xml.replace(/^<xml>|<\/xml>$/g, "") : "<ToUserName><![CDATA[gh_test_account]]></ToUserName>";
  return {
    query: {
      signature: plainSignature(account.token, ts, nonce),
      timestamp: ts,
      nonce,
      openid: "o_user_1",
      encrypt_type: "aes",
      msg_signature: msgSignature(account.token, ts, nonce, encrypt),
    },
    body: `<xml>${plaintext}<Encrypt><![CDATA[${encrypt}]]></Encrypt></xml>`,
  };
}
