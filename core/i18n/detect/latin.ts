/**
 * Chooses among the four Latin-script languages without a script of their own: English,
 * Indonesian, Malay and Filipino.
 *
 * Two steps, because the evidence is of two kinds. First the family: English, Filipino or
 * Malay/Indonesian, where CLD3 is strong and marker words back it up. Then, inside the
 * Malay family, the few words that differ between the two standards (adakah/apakah,
 * percuma/gratis, syarikat/perusahaan…) decide, since CLD3 alone gets that split wrong on
 * about one message in ten; CLD3's own ms/id guess only breaks a tie.
 */
import { modelGuess } from "./model.ts";
import { scoreMarkers, type LatinLang, type MarkerScores } from "./words.ts";

/** The Latin chooser's verdict. */
export interface LatinResult {
  /** The language, or null when neither the model nor any marker word points anywhere. */
  readonly lang: LatinLang | null;
  /** 0..1. */
  readonly confidence: number;
  /** "latin-model" when CLD3 agrees with the verdict, "keywords" when marker words made it. */
  readonly reason: "latin-model" | "keywords";
  /** The other of ms/id when the words could not tell them apart: the verdict may be that one. */
  readonly close?: LatinLang;
}

type Family = "en" | "fil" | "malay";

/** CLD3 codes that count for one of our four, with how much of CLD3's probability they carry. */
const MODEL_CODES: Readonly<Record<string, { lang: LatinLang; weight: number }>> = {
  en: { lang: "en", weight: 1 },
  id: { lang: "id", weight: 1 },
  ms: { lang: "ms", weight: 1 },
  fil: { lang: "fil", weight: 1 },
  // Close neighbours CLD3 sometimes names for chatty Indonesian and Taglish.
  jv: { lang: "id", weight: 0.5 },
  su: { lang: "id", weight: 0.5 },
  ceb: { lang: "fil", weight: 0.5 },
};

// A marker word is worth a quarter of CLD3's full confidence: three or four agreeing words
// outvote a confident model, one stray word does not.
const MARKER_WEIGHT = 0.25;
// Malay/Indonesian marker difference at which the words decide on their own.
const DECISIVE_MARKER_GAP = 1;

/**
 * Picks en, id, ms or fil for Latin-script text.
 *
 * @example chooseLatin("Adakah syarikat kami layak?").lang // "ms"
 */
export function chooseLatin(text: string): LatinResult {
  const guess = modelGuess(text);
  const mapped = MODEL_CODES[guess.lang];
  const model: MarkerScores = { en: 0, id: 0, ms: 0, fil: 0 };
  if (mapped) model[mapped.lang] = guess.probability * mapped.weight;
  const markers = scoreMarkers(text);

  const family: Record<Family, number> = {
    en: model.en + MARKER_WEIGHT * markers.en,
    fil: model.fil + MARKER_WEIGHT * markers.fil,
    malay: model.id + model.ms + MARKER_WEIGHT * (markers.id + markers.ms),
  };
  const total = family.en + family.fil + family.malay;
  if (total === 0) return { lang: null, confidence: 0, reason: "keywords" };
  const winner = (Object.keys(family) as Family[]).reduce((a, b) => (family[b] > family[a] ? b : a));
  const familyShare = family[winner] / total;

  if (winner !== "malay") {
    const lang: LatinLang = winner;
    const agrees = mapped?.lang === lang;
    return {
      lang,
      confidence: round(familyShare * (agrees && guess.reliable ? 1 : 0.85)),
      reason: agrees ? "latin-model" : "keywords",
    };
  }
  return splitMalay(markers, model, familyShare, mapped?.lang);
}

/** Malay or Indonesian: marker words first, CLD3's preference second, Indonesian last. */
function splitMalay(markers: MarkerScores, model: MarkerScores, familyShare: number, modelLang?: LatinLang): LatinResult {
  const gap = markers.ms - markers.id;
  const modelPick: LatinLang | undefined = modelLang === "ms" || modelLang === "id" ? modelLang : undefined;
  if (Math.abs(gap) >= DECISIVE_MARKER_GAP) {
    const lang: LatinLang = gap > 0 ? "ms" : "id";
    // Each marker beyond the first makes the split surer.
    const sure = Math.min(1, 0.8 + 0.1 * Math.abs(gap));
    return { lang, confidence: round(familyShare * sure), reason: modelPick === lang ? "latin-model" : "keywords" };
  }
  if (gap !== 0) {
    // Half a marker (one shared-ish word) leans, it does not decide: unless CLD3 disagrees.
    const lean: LatinLang = gap > 0 ? "ms" : "id";
    const lang = modelPick ?? lean;
    const other: LatinLang = lang === "ms" ? "id" : "ms";
    return { lang, confidence: round(familyShare * (lang === lean ? 0.8 : 0.7)), reason: modelPick ? "latin-model" : "keywords", close: other };
  }
  if (modelPick) {
    const other: LatinLang = modelPick === "ms" ? "id" : "ms";
    return { lang: modelPick, confidence: round(familyShare * Math.max(0.6, Math.min(0.8, model[modelPick]))), reason: "latin-model", close: other };
  }
  // No way to tell: Indonesian has several times as many speakers.
  return { lang: "id", confidence: round(familyShare * 0.5), reason: "keywords", close: "ms" };
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
