/**
 * What to do with each push: run a turn with an engine `Input`, answer a
 * short notice without the engine, or acknowledge it with `success`.
 * Transport only: no policy here.
 */
import { COMMANDS, type CommandName, type Input } from "../../core/dialogues/types.ts";
import type { IncomingMessage } from "./messages.ts";
import type { WechatTextKey } from "./strings.ts";

/** What a push asks of the channel. */
export type PushAction =
  | { kind: "turn"; input: Input }
  | { kind: "notice"; key: WechatTextKey }
  /** Nothing to say (unsubscribe, menu links, unknown events): answer `success`. */
  | { kind: "ignore" };

/**
 * Custom-menu keys (`CLICK` events) and the commands they give. Configure the
 * account's menu with these keys; case does not matter, and `LANG_<code>`
 * (e.g. `LANG_vi`) switches straight to a language.
 */
export const MENU_KEYS: Readonly<Record<string, CommandName>> = Object.fromEntries(
  COMMANDS.map((name) => [name.toUpperCase(), name]),
);

/** The command a menu key gives, or null for a key we do not know. */
export function menuInput(eventKey: string): Input | null {
  const match = /^([A-Za-z]+)(?:[_:](.+))?$/.exec(eventKey.trim());
  if (!match) return null;
  const name = MENU_KEYS[match[1]!.toUpperCase()];
  if (!name) return null;
  if (name === "start") return { kind: "start" };
  const arg = match[2]?.trim();
  return arg ? { kind: "command", name, arg } : { kind: "command", name };
}

/** Decides what a push asks for. */
export function actionFor(message: IncomingMessage): PushAction {
  switch (message.type) {
    case "text":
      return { kind: "turn", input: { kind: "text", text: message.content } };
    case "voice":
      // WeChat's own transcript stands for what the user said; without one we cannot listen.
      return message.recognition
        ? { kind: "turn", input: { kind: "text", text: message.recognition } }
        : { kind: "notice", key: "wechat.voiceUnrecognised" };
    case "event":
      switch (message.event) {
        case "subscribe":
          return { kind: "turn", input: { kind: "start" } };
        case "CLICK": {
          const input = menuInput(message.eventKey);
          return input ? { kind: "turn", input } : { kind: "ignore" };
        }
        case "unsubscribe":
        case "SCAN":
          return { kind: "ignore" };
      }
      break;
    case "other":
      // Events we do not act on (VIEW, LOCATION, …) need no answer; messages we cannot read get a polite one.
      return message.msgType.toLowerCase() === "event" ? { kind: "ignore" } : { kind: "notice", key: "wechat.unsupported" };
  }
  return { kind: "ignore" };
}
