/**
 * Redis Cluster hash slots, for keys that must share a user's slot without
 * naming the user. A script may only touch keys of one slot; a key's slot is
 * decided by its hash tag (the text between its first `{` and the next `}`).
 * A WeChat delivery entry must outlive `/forget` briefly and so names no one
 * (it carries a digest of the user), yet it is taken in the same script as the
 * user's session lock: its tag is a short stand-in with the same slot as the
 * user's tag, which tells no more than the slot (one of 16,384).
 */

/** The number of hash slots of a Redis Cluster. */
export const HASH_SLOTS = 16_384;

const CRC_TABLE = (() => {
  const table = new Uint16Array(256);
  for (let i = 0; i < 256; i++) {
    let crc = i << 8;
    for (let bit = 0; bit < 8; bit++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
    table[i] = crc;
  }
  return table;
})();

/** The hash slot of a hash tag's text: CRC16-XMODEM of its UTF-8 bytes, modulo 16,384, as Redis Cluster computes it. */
export function hashSlot(tag: string): number {
  return /^[\x00-\x7f]*$/.test(tag) ? asciiSlot(tag) : bytesSlot(Buffer.from(tag, "utf8"));
}

function bytesSlot(bytes: Uint8Array): number {
  let crc = 0;
  for (const byte of bytes) crc = ((crc << 8) & 0xffff) ^ CRC_TABLE[((crc >> 8) ^ byte) & 0xff]!;
  return crc % HASH_SLOTS;
}

/** {@link hashSlot} of ASCII text, which is its own UTF-8 (the twins' table hashes some 170,000 numerals). */
function asciiSlot(text: string): number {
  let crc = 0;
  for (let i = 0; i < text.length; i++) crc = ((crc << 8) & 0xffff) ^ CRC_TABLE[((crc >> 8) ^ text.charCodeAt(i)) & 0xff]!;
  return crc % HASH_SLOTS;
}

let twins: string[] | undefined;

/**
 * A short string (base-36 digits) whose hash slot is `tag`'s: a key tagged
 * `{slotTwin(tag)}` lives on the same slot as keys tagged `{tag}`.
 */
export function slotTwin(tag: string): string {
  twins ??= allTwins();
  return twins[hashSlot(tag)]!;
}

/** The first base-36 numeral of each slot: one pass over about 170,000 numerals, a few milliseconds, once a process. */
function allTwins(): string[] {
  const found: string[] = new Array<string>(HASH_SLOTS);
  let left = HASH_SLOTS;
  for (let i = 0; left > 0; i++) {
    const s = i.toString(36);
    const slot = asciiSlot(s);
    if (found[slot] === undefined) {
      found[slot] = s;
      left--;
    }
  }
  return found;
}
