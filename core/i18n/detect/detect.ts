/**
 * One verdict per message: script first, then Vietnamese letters, then the Latin model.
 */
import { clauseWordLanguage } from "../../text/clause-mention.ts";
import { smallTalk, type SmallTalk } from "../../text/small-talk.ts";
import type { Lang } from "../langs.ts";
import { chooseLatin } from "./latin.ts";
import { detectScript } from "./script.ts";
import { latinWords, scoreMarkers } from "./words.ts";

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
  "co", "ho", "tro", "cap", "thuong", "tuyen", "luong", "su", "dao", "can", "bo", "to", "chuc", "nguoi", "o",
]);
const VI_ONLY = new Set([
  "khong", "duoc", "cua", "nghiep", "doanh", "nhieu", "nhung", "viec", "chinh", "sach", "muon", "biet", "minh", "ngan",
  "phong", "mien", "trung", "tro", "thuong", "tuyen", "luong", "nguoi", "thue",
]);

function unaccentedVietnamese(words: string[]): number {
  const lower = words.map((w) => w.toLowerCase());
  const hits = lower.filter((w) => VI_UNACCENTED.has(w)).length;
  const only = new Set(lower.filter((w) => VI_ONLY.has(w))).size;
  if (only >= 2 && hits / lower.length >= 0.4) return Math.min(0.9, 0.5 + hits / lower.length / 2);
  return 0;
}

// Confidence of a verdict from a greeting or one telling word: enough to start a conversation in, never to switch one.
const SHORT_CONFIDENCE = 0.6;

function tellingTalk(talk: SmallTalk): boolean {
  const [first] = talk.langs;
  if (first === undefined || first === "en" || talk.langs.length > 2) return false;
  return talk.kind !== "other" || talk.langs.length === 1;
}

/** The first of `langs`, with Malay and Indonesian named as each other's close call when both fit. */
function shortVerdict(langs: Lang[]): Detection {
  const lang = langs[0]!;
  const close = lang === "id" && langs.includes("ms") ? "ms" : lang === "ms" && langs.includes("id") ? "id" : undefined;
  return close ? { lang, confidence: SHORT_CONFIDENCE / 2, reason: "keywords", close } : { lang, confidence: SHORT_CONFIDENCE, reason: "keywords" };
}

/** A language that a very short Latin message names on its own: its clause word ("Pasal 21", "Sugnay 4") or one Malay, Indonesian or Filipino marker word ("pajak"). */
function shortWords(text: string): Lang | null {
  const clause = clauseWordLanguage(text);
  if (clause) return clause;
  const markers = scoreMarkers(text);
  const named = (Object.keys(markers) as (keyof typeof markers)[]).filter((l) => markers[l] >= 1);
  // English words ("thanks", "ok") are typed by everyone; only a Malay, Indonesian or Filipino word tells.
  return named.length === 1 && named[0] !== "en" && Object.values(markers).filter((n) => n > 0).length === 1 ? named[0]! : null;
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
  // Greetings and thanks are too short for the model but say who is writing ("salamat po", "xin chào", "makasih").
  // English ones ("thanks", "ok") are typed by everyone, and a bare "ya" is Malay and Indonesian alike.
  const talk = smallTalk(input);
  if (talk && tellingTalk(talk)) return shortVerdict(talk.langs as Lang[]);
  if (letters < MIN_LATIN_LETTERS || words.length < MIN_LATIN_WORDS) {
    const short = shortWords(input);
    return short ? shortVerdict([short]) : { lang: null, confidence: 0, reason: "too_short" };
  }

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
