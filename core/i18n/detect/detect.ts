/**
 * One verdict per message: script first, then Vietnamese letters, then the Latin model.
 */
import type { Lang } from "../langs.ts";
import { chooseLatin } from "./latin.ts";
import { detectScript } from "./script.ts";
import { latinWords } from "./words.ts";

/** Why the detector said what it said. */
export type DetectionReason = "script" | "diacritics" | "latin-model" | "keywords" | "too_short";

/** The detector's verdict on one message. */
export interface Detection {
  /** The language, or null when the text gives no usable sign of one of ours. */
  readonly lang: Lang | null;
  /** 0..1; 0 whenever `lang` is null. */
  readonly confidence: number;
  /**
   * "script" (Han, Thai, Lao, Khmer, Myanmar; also a null verdict for a script none of our
   * languages use), "diacritics" (Vietnamese letters), "latin-model" (CLD3, backed by marker
   * words), "keywords" (marker words outvoted or replaced the model), "too_short" (too few
   * letters to judge Latin text, or no letters at all).
   */
  readonly reason: DetectionReason;
  /** A language this verdict is easily confused with here (Malay for Indonesian and back). */
  readonly close?: Lang;
}

// Below this many Latin letters, or a single word, every detector is guessing ("ok", "ya",
// "thanks!"): say so instead.
const MIN_LATIN_LETTERS = 10;
const MIN_LATIN_WORDS = 2;
// Latin messages shorter than this many letters get proportionally less confidence.
const FULL_CONFIDENCE_LETTERS = 20;

/**
 * Vietnamese typed without accents (common on phones): words and pairs that
 * are Vietnamese and not English, Indonesian, Malay or Filipino. Several of
 * them together make the verdict; returns its confidence, or 0.
 */
const VI_UNACCENTED = new Set([
  "khong", "duoc", "cua", "toi", "chung", "cong", "ty", "nghiep", "doanh", "tro", "mien", "phi", "phong", "nhieu", "bao",
  "nhu", "nao", "gi", "hay", "voi", "nhung", "cac", "viec", "trung", "tam", "chinh", "sach", "thue", "vay", "ngan",
  "hang", "dang", "ky", "muon", "biet", "xin", "hoi", "lam", "sao", "minh", "em", "anh", "chi", "ve", "tien", "von",
]);
const VI_ONLY = new Set(["khong", "duoc", "cua", "nghiep", "doanh", "nhieu", "nhung", "viec", "chinh", "sach", "muon", "biet", "minh", "ngan"]);

function unaccentedVietnamese(words: string[]): number {
  const lower = words.map((w) => w.toLowerCase());
  const hits = lower.filter((w) => VI_UNACCENTED.has(w)).length;
  const only = new Set(lower.filter((w) => VI_ONLY.has(w))).size;
  if (only >= 2 && hits / lower.length >= 0.4) return Math.min(0.9, 0.5 + hits / lower.length / 2);
  return 0;
}

/**
 * Detects which of the ten languages a message is written in.
 *
 * @example detectLanguage("Adakah pejabat ini percuma?") // { lang: "ms", reason: "keywords" | "latin-model", … }
 * @example detectLanguage("ok") // { lang: null, confidence: 0, reason: "too_short" }
 */
export function detectLanguage(text: string): Detection {
  const input = typeof text === "string" ? text : "";
  const script = detectScript(input);
  if (script.lang) return { lang: script.lang, confidence: script.confidence, reason: script.reason === "diacritics" ? "diacritics" : "script" };
  if (script.reason === "none") return { lang: null, confidence: 0, reason: "too_short" };
  if (script.reason === "other") return { lang: null, confidence: 0, reason: "script" };

  const words = latinWords(input);
  const letters = words.reduce((n, w) => n + w.replace(/-/g, "").length, 0);
  if (letters < MIN_LATIN_LETTERS || words.length < MIN_LATIN_WORDS) return { lang: null, confidence: 0, reason: "too_short" };

  const unaccented = unaccentedVietnamese(words);
  if (unaccented) return { lang: "vi", confidence: unaccented, reason: "keywords" };

  const latin = chooseLatin(input);
  if (!latin.lang) return { lang: null, confidence: 0, reason: latin.reason };
  const lengthFactor = Math.min(1, 0.6 + (0.4 * letters) / FULL_CONFIDENCE_LETTERS);
  const confidence = Math.round(latin.confidence * lengthFactor * 100) / 100;
  return latin.close
    ? { lang: latin.lang, confidence, reason: latin.reason, close: latin.close }
    : { lang: latin.lang, confidence, reason: latin.reason };
}
