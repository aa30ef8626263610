/**
 * The curated measure texts of every language, by language code.
 * Render them with `measureText()` from ./render.ts, which fills in the
 * figures; read them raw only to index keywords or to check the catalogues.
 */
import type { Lang } from "../langs.ts";
import { en } from "./en.ts";
import { fil } from "./fil.ts";
import { id } from "./id.ts";
import { km } from "./km.ts";
import { lo } from "./lo.ts";
import { ms } from "./ms.ts";
import { my } from "./my.ts";
import { th } from "./th.ts";
import type { MeasureTexts } from "./types.ts";
import { vi } from "./vi.ts";
import { zh } from "./zh.ts";

/** Measure texts for all ten languages. */
export const MEASURE_TEXTS: Record<Lang, MeasureTexts> = { zh, en, vi, th, id, ms, fil, km, lo, my };
