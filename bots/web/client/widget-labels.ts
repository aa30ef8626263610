/**
 * The widget button's text in each language, chosen from the host page's
 * language (the widget is bundled alone, so it carries these few words rather
 * than the catalogues).
 */
import type { LangCode } from "./langs.ts";

/** "Policy assistant", as the page title (`web.title`) names it in each language. */
export const WIDGET_LABELS: Readonly<Record<LangCode, string>> = {
  zh: "政策助手",
  en: "Policy assistant",
  vi: "Trợ lý chính sách",
  th: "ผู้ช่วยด้านนโยบาย",
  id: "Asisten kebijakan",
  ms: "Pembantu dasar",
  fil: "Policy assistant",
  km: "ជំនួយការគោលនយោបាយ",
  lo: "ຜູ້ຊ່ວຍດ້ານນະໂຍບາຍ",
  my: "မူဝါဒလက်ထောက်",
};
