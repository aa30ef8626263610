/**
 * Telling close languages apart in a model's text: Malay written in an
 * Indonesian chat (or the reverse), English in a Filipino chat (or the
 * reverse). The general detector tolerates Malay for Indonesian, since users
 * mix them; an explanation we send must be in the language the user chose.
 * Uses the detector's marker words plus formal-register words that
 * explanations use and users rarely type.
 */
import { latinWords, scoreMarkers } from "../i18n/detect/index.ts";
import type { Lang } from "../i18n/langs.ts";

/** Formal Malay words with a different Indonesian form, common in explanations. */
const MALAY_FORMAL: ReadonlySet<string> = new Set([
  "fasal", "sila", "peringkat", "pasukan", "sehingga", "berkenaan", "hendaklah", "ialah", "diluluskan", "kelulusan",
  "kerajaan", "syarikat", "wang", "peratus", "tempoh", "anda",
]);
/** Formal Indonesian words with a different Malay form. */
const INDONESIAN_FORMAL: ReadonlySet<string> = new Set([
  "butir", "pasal", "silakan", "tingkat", "tim", "hingga", "mengenai", "disetujui", "persetujuan", "pengajuan", "mengajukan", "pemerintah",
  "perusahaan", "uang", "persen", "jangka", "anda",
]);
// Words both lists hold ("anda") cancel out; the rest decide.

function kinScores(text: string): { ms: number; id: number; en: number; fil: number } {
  const markers = scoreMarkers(text);
  let ms = markers.ms;
  let id = markers.id;
  for (const w of latinWords(text)) {
    if (MALAY_FORMAL.has(w) && !INDONESIAN_FORMAL.has(w)) ms += 1;
    if (INDONESIAN_FORMAL.has(w) && !MALAY_FORMAL.has(w)) id += 1;
  }
  return { ms, id, en: markers.en, fil: markers.fil };
}

/**
 * The close language `text` reads as instead of `lang`, or null when it
 * reads as `lang` (or `lang` has no close kin among ours).
 *
 * @example
 * kinLanguageInstead("Menurut fasal ini, pasukan anda boleh memohon.", "id") // "ms"
 */
export function kinLanguageInstead(text: string, lang: Lang): Lang | null {
  if (lang !== "id" && lang !== "ms" && lang !== "fil" && lang !== "en") return null;
  const s = kinScores(text);
  switch (lang) {
    case "id":
      return s.ms >= 2 && s.ms > s.id ? "ms" : null;
    case "ms":
      return s.id >= 2 && s.id > s.ms ? "id" : null;
    case "fil":
      // Taglish keeps English terms, but its grammar words are Filipino.
      return s.fil < 2 || s.en > s.fil * 1.5 ? "en" : null;
    case "en":
      return s.fil >= 3 && s.fil > s.en ? "fil" : null;
  }
}
