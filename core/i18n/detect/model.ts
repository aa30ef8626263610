/**
 * The statistical language model behind Latin-script detection: Google's CLD3, compiled
 * to WebAssembly by `cld3-asm`.
 *
 * Chosen after measuring eld, franc, tinyld and cld3-asm on our own messages: eld has no
 * Indonesian and tinyld no Malay, franc splits Malay from Indonesian barely better than a
 * coin, while CLD3 knows all four Latin languages we need and tells ms from id on most
 * messages. Its data ships inside the package (about 1 MB of wasm, ~16 MB resident), so it
 * works offline; it is compiled once, when this module is first imported, which is why the
 * module uses a top-level await (about 70 ms at start-up) and every call after is
 * synchronous (~0.2 ms).
 */
import { loadModule } from "cld3-asm";

/** CLD3's best guess for a text. */
export interface ModelGuess {
  /** CLD3 language code (ISO 639-1 where one exists: "en", "id", "ms", "fil", "vi"…), or "und". */
  readonly lang: string;
  /** CLD3's probability for that language, 0..1. */
  readonly probability: number;
  /** CLD3's own judgement that the guess can be trusted. */
  readonly reliable: boolean;
}

// Our inputs are chat messages; looking at more than this many bytes adds time, not accuracy.
const MAX_BYTES = 1000;

const identifier = (await loadModule()).create(0, MAX_BYTES);

/**
 * CLD3's best guess for `text`. Never throws: the wasm side copes with any UTF-16 string,
 * and if it ever fails we answer "und" rather than let a chat message crash the bot.
 *
 * @example modelGuess("Apakah ada subsidi bunga?").lang // "id"
 */
export function modelGuess(text: string): ModelGuess {
  try {
    const r = identifier.findLanguage(text);
    return { lang: r.language, probability: r.probability, reliable: r.is_reliable };
  } catch {
    return { lang: "und", probability: 0, reliable: false };
  }
}
