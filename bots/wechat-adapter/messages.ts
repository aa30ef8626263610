/**
 * The messages WeChat pushes to an Official Account, as typed values. Only
 * what the assistant acts on gets its own shape; everything else is `other`,
 * which the adapter can acknowledge with `success`.
 */

/** Fields every push carries. */
export interface MessageBase {
  /** The account's original id (gh_…); the `from` of a reply. */
  toUserName: string;
  /** The user's openid; the `to` of a reply and the key of the session. */
  fromUserName: string;
  /** Seconds since the epoch, as WeChat stamped it. */
  createTime: number;
  /** Every top-level leaf field as received, for logging and future types. */
  fields: Readonly<Record<string, string>>;
}

/** A text message. */
export interface TextMessage extends MessageBase {
  type: "text";
  content: string;
  /** A 64-bit integer, kept as a string so it never loses precision. */
  msgId: string;
}

/** A voice message; `recognition` is WeChat's transcript, null when speech recognition is off or empty. */
export interface VoiceMessage extends MessageBase {
  type: "voice";
  mediaId: string;
  format: string | null;
  recognition: string | null;
  msgId: string;
}

/** The user followed the account, perhaps by scanning a parametrised QR code. */
export interface SubscribeEvent extends MessageBase {
  type: "event";
  event: "subscribe";
  /** The raw EventKey (`qrscene_…`) or null. */
  eventKey: string | null;
  /** The QR scene with its `qrscene_` prefix removed, or null. */
  scene: string | null;
  ticket: string | null;
}

/** The user unfollowed the account; nothing can be sent to them any more. */
export interface UnsubscribeEvent extends MessageBase {
  type: "event";
  event: "unsubscribe";
}

/** A follower scanned a parametrised QR code. */
export interface ScanEvent extends MessageBase {
  type: "event";
  event: "SCAN";
  eventKey: string;
  ticket: string | null;
}

/** The user tapped a custom-menu entry; `eventKey` is the entry's key. */
export interface ClickEvent extends MessageBase {
  type: "event";
  event: "CLICK";
  eventKey: string;
}

/** Any other message type or event (image, location, VIEW, …). */
export interface OtherMessage extends MessageBase {
  type: "other";
  msgType: string;
  /** The event name when `msgType` is `event`. */
  event: string | null;
  msgId: string | null;
}

/** An event the assistant reacts to. */
export type EventMessage = SubscribeEvent | UnsubscribeEvent | ScanEvent | ClickEvent;

/** Every push, after parsing. */
export type IncomingMessage = TextMessage | VoiceMessage | EventMessage | OtherMessage;
