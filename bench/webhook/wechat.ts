/**
 * WeChat pushes for the load benchmark: each user's next answer as a text
 * push in safe mode (AES), signed with a fresh timestamp and a unique MsgId,
 * exactly as WeChat's servers send them.
 */
import { WechatCrypto } from "../../bots/wechat-adapter/crypto.ts";
import { msgSignature, plainSignature } from "../../bots/wechat-adapter/signature.ts";
import { ACCOUNT, pushXml } from "../../test/helpers/wechat-pushes.ts";
import type { LoadRequest } from "./load.ts";
import type { ScriptedUsers } from "./users.ts";

/** The account's environment for the service. */
export const WECHAT_ENV = {
  WECHAT_TOKEN: ACCOUNT.token,
  WECHAT_APP_ID: ACCOUNT.appId,
  WECHAT_ENCODING_AES_KEY: ACCOUNT.encodingAesKey,
};

/** The openid of bench user `index`. */
export function wechatOpenid(index: number): string {
  return `o_bench_${String(index).padStart(6, "0")}`;
}

/** A signed, encrypted text push from `openid`, as WeChat posts it now. */
export function wechatPush(crypto: WechatCrypto, openid: string, text: string, msgId: string): LoadRequest {
  const timestamp = String(Math.floor(Date.now() / 1000));
  const nonce = String(Math.floor(Math.random() * 1e9));
  const xml = pushXml({ ToUserName: "gh_test_account", FromUserName: openid, CreateTime: timestamp, MsgType: "text", Content: text, MsgId: msgId });
  const encrypt = crypto.encrypt(xml);
  const query = new URLSearchParams({
    signature: plainSignature(ACCOUNT.token, timestamp, nonce),
    timestamp,
    nonce,
    openid,
    encrypt_type: "aes",
    msg_signature: msgSignature(ACCOUNT.token, timestamp, nonce, encrypt),
  });
  return {
    path: `/wechat?${query}`,
    headers: { "content-type": "text/xml" },
    body: `<xml><ToUserName><![CDATA[gh_test_account]]></ToUserName><Encrypt><![CDATA[${encrypt}]]></Encrypt></xml>`,
  };
}

/** Each user's next answer as a push; MsgIds count up from `firstMsgId`. */
export function wechatRequests(users: ScriptedUsers, firstMsgId: bigint): () => LoadRequest {
  const crypto = new WechatCrypto(ACCOUNT);
  let msgId = firstMsgId;
  return () => {
    const a = users.next();
    if (!a) throw new Error("every bench user sent its maximum; use more users or a shorter run");
    return wechatPush(crypto, wechatOpenid(a.index), a.text, String(msgId++));
  };
}
