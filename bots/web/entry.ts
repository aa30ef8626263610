/**
 * How the web chat plugs into the service: its variables and a factory.
 * It needs no platform token, but it is switched on with `WEB_CHAT=1`: a
 * channel that is always configured would make `npm start` with nothing
 * else configured serve HTTP instead of opening the terminal chat.
 */
import type { ChannelEntry } from "../kit/channel.ts";
import { WebEnv, webChatOn } from "./config.ts";

/** The web chat, for `server/channels.ts`. */
export const webEntry: ChannelEntry<typeof WebEnv.shape> = {
  name: "web",
  env: WebEnv,
  problems: () => [],
  configured: (env) => webChatOn(env),
  mode: (env) => (webChatOn(env) ? (env.WEB_FRAME_ANCESTORS?.length ? "page+widget" : "page") : undefined),
  create: async (deps) => (await import("./channel.ts")).createWebChannel(deps),
};
