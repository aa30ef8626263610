/**
 * The WeChat Official Account channel: `GET/POST /wechat` bound to the
 * dialogue engine, in plain, compatible and safe modes, with the
 * customer-service API for late and long answers when `WECHAT_APP_SECRET`
 * is set.
 */
import { slotTwin } from "../../core/store/hash-slot.ts";
import type { Channel, ChannelDeps } from "../kit/channel.ts";
import { WechatApi } from "./api-client.ts";
import { DeliveryLog } from "./delivery-log.ts";
import { WechatOutbox, type OutboxTimings } from "./outbox.ts";
import type { WechatEndpointConfig } from "./request.ts";
import { WechatResponder, type WechatTimings } from "./responder.ts";
import { wechatRoutes } from "./route.ts";
import type { WechatConfig } from "./config.ts";

/** Options of {@link createWechatChannel}, for tests and tuning. */
export interface WechatChannelOptions {
  /** The 5-second rule's timings; the defaults suit WeChat. */
  timings?: Partial<WechatTimings>;
  /** The fetch of the customer-service client. */
  fetch?: typeof fetch;
  /** The clock. */
  now?: () => number;
  /** The outbox's timings (sweep period, retries). */
  outbox?: Partial<OutboxTimings>;
}

/** How long `stop()` waits for customer-service messages still going out. */
const STOP_WAIT_MS = 10_000;

/**
 * Builds the WeChat channel from `WECHAT_TOKEN`, `WECHAT_APP_ID`,
 * `WECHAT_ENCODING_AES_KEY` (compatible/safe mode), `WECHAT_APP_SECRET`
 * (customer-service API) and `WECHAT_API_BASE_URL`.
 *
 * @example
 * startApp(config, logger, { factories: { wechat: createWechatChannel } });
 */
export function createWechatChannel(deps: ChannelDeps<WechatConfig>, options: WechatChannelOptions = {}): Channel {
  const { config, store, logger } = deps;
  // The delivery keys' slot table (see core/store/hash-slot.ts) is built now, not in the first push's seconds.
  slotTwin(config.WECHAT_APP_ID ?? "");
  if (!config.WECHAT_TOKEN || !config.WECHAT_APP_ID) throw new Error("WECHAT_TOKEN and WECHAT_APP_ID are required for WeChat");
  const endpoint: WechatEndpointConfig = {
    token: config.WECHAT_TOKEN,
    appId: config.WECHAT_APP_ID,
    encodingAesKey: config.WECHAT_ENCODING_AES_KEY,
  };
  const api = config.WECHAT_APP_SECRET
    ? new WechatApi({
        appId: config.WECHAT_APP_ID,
        appSecret: config.WECHAT_APP_SECRET,
        store,
        ...(config.WECHAT_API_BASE_URL ? { baseUrl: config.WECHAT_API_BASE_URL } : {}),
        ...(options.fetch ? { fetch: options.fetch } : {}),
      })
    : null;
  const outbox = api
    ? new WechatOutbox({ store, api, logger, ...(options.outbox ? { timings: options.outbox } : {}), ...(options.now ? { now: options.now } : {}) })
    : null;
  const responder = new WechatResponder({
    conversations: deps.conversations,
    explainer: deps.explainer,
    log: new DeliveryLog(store),
    api,
    outbox,
    logger,
    ...(options.timings ? { timings: options.timings } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
  return {
    name: "wechat",
    routes: wechatRoutes({ endpoint, responder, logger, ...(options.now ? { now: options.now } : {}) }),
    start: async () => outbox?.start(),
    stop: async () => {
      await responder.drain(STOP_WAIT_MS);
      await outbox?.stop();
    },
  };
}
