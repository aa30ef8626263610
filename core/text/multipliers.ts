/**
 * Words that multiply the number before them ("2 million", "5 juta", "3 ล้าน"),
 * in the ten languages. Chinese 十/百/千/万/亿 are read by the Chinese numeral
 * parser instead, because they also combine with each other (一亿二千万).
 */
import type { Lang } from "./langs.ts";
import { D, type Dec } from "../rules/money.ts";

/** One multiplier word. */
export interface Multiplier {
  /** What the word multiplies by. */
  readonly value: Dec;
  /**
   * A one- or two-letter abbreviation ("k", "m", "tr", "jt"): in free text it
   * counts only when written right after the digits ("500k"), since "5 m" may
   * be metres.
   */
  readonly abbreviation?: true;
  /** Burmese puts the unit first in money talk: "သိန်း ၅၀" is 50 lakh. */
  readonly mayLead?: true;
  /** Languages where the same letters mean something else (Indonesian "1M" is one miliar). */
  readonly ambiguousIn?: readonly Lang[];
}

const TEN = new D(10);
const HUNDRED = new D(100);
const THOUSAND = new D(1e3);
const TEN_THOUSAND = new D(1e4);
const LAKH = new D(1e5);
const MILLION = new D(1e6);
const CRORE = new D(1e7);
const BILLION = new D(1e9);
const TRILLION = new D(1e12);

const word = (value: Dec): Multiplier => ({ value });
const abbr = (value: Dec, ambiguousIn?: readonly Lang[]): Multiplier =>
  ambiguousIn ? { value, abbreviation: true, ambiguousIn } : { value, abbreviation: true };
const leading = (value: Dec): Multiplier => ({ value, mayLead: true });

/** Every multiplier word, lower-case NFC. */
export const MULTIPLIERS: readonly (readonly [string, Multiplier])[] = [
  // English (also used in Filipino, Malay and Indonesian chat)
  ["hundred", word(HUNDRED)],
  ["thousand", word(THOUSAND)],
  ["thousands", word(THOUSAND)],
  ["k", abbr(THOUSAND)],
  ["million", word(MILLION)],
  ["millions", word(MILLION)],
  ["mio", abbr(MILLION)],
  ["mn", abbr(MILLION)],
  ["m", abbr(MILLION, ["id"])],
  ["billion", word(BILLION)],
  ["billions", word(BILLION)],
  ["bn", abbr(BILLION)],
  ["b", abbr(BILLION)],
  ["trillion", word(TRILLION)],
  // Chinese internet shorthand: 50w = 50万
  ["w", abbr(TEN_THOUSAND)],
  // Vietnamese, with and without diacritics
  ["trăm", word(HUNDRED)],
  ["tram", word(HUNDRED)],
  ["nghìn", word(THOUSAND)],
  ["ngàn", word(THOUSAND)],
  ["nghin", word(THOUSAND)],
  ["ngan", word(THOUSAND)],
  ["vạn", word(TEN_THOUSAND)],
  ["triệu", word(MILLION)],
  ["trieu", word(MILLION)],
  ["tr", abbr(MILLION)],
  ["tỷ", word(BILLION)],
  ["tỉ", word(BILLION)],
  ["ty", word(BILLION)],
  // Indonesian and Malay
  ["ratus", word(HUNDRED)],
  ["ribu", word(THOUSAND)],
  ["rb", abbr(THOUSAND)],
  ["juta", word(MILLION)],
  ["jt", abbr(MILLION)],
  ["miliar", word(BILLION)],
  ["milyar", word(BILLION)],
  ["bilion", word(BILLION)],
  ["triliun", word(TRILLION)],
  ["trilion", word(TRILLION)],
  // Filipino
  ["daan", word(HUNDRED)],
  ["libo", word(THOUSAND)],
  ["milyon", word(MILLION)],
  ["bilyon", word(BILLION)],
  // Thai, Lao and Burmese tens multiply the spelled digit before them: สามสิบล้าน is 3 × 10 × 1,000,000
  ["สิบ", word(TEN)],
  ["ສິບ", word(TEN)],
  ["ဆယ်", word(TEN)],
  // Thai
  ["ร้อย", word(HUNDRED)],
  ["พัน", word(THOUSAND)],
  ["หมื่น", word(TEN_THOUSAND)],
  ["แสน", word(LAKH)],
  ["ล้าน", word(MILLION)],
  // Lao (ໝ is also typed as ຫມ)
  ["ຮ້ອຍ", word(HUNDRED)],
  ["ພັນ", word(THOUSAND)],
  ["ໝື່ນ", word(TEN_THOUSAND)],
  ["ຫມື່ນ", word(TEN_THOUSAND)],
  ["ແສນ", word(LAKH)],
  ["ລ້ານ", word(MILLION)],
  ["ຕື້", word(BILLION)],
  // Khmer
  ["រយ", word(HUNDRED)],
  ["ពាន់", word(THOUSAND)],
  ["ម៉ឺន", word(TEN_THOUSAND)],
  ["សែន", word(LAKH)],
  ["លាន", word(MILLION)],
  ["ប៊ីលាន", word(BILLION)],
  // Burmese: သိန်း is 100,000 (a lakh), သန်း 1,000,000, ကုဋေ 10,000,000
  ["ရာ", leading(HUNDRED)],
  ["ထောင်", leading(THOUSAND)],
  ["သောင်း", leading(TEN_THOUSAND)],
  ["သိန်း", leading(LAKH)],
  ["သန်း", leading(MILLION)],
  ["ကုဋေ", leading(CRORE)],
];
