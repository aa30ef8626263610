/**
 * Words of dates in the ten languages: month names, the labels that say which
 * number is the day, month or year, eras, and "today". Lower-case NFC.
 */

/** What a date word tells. */
export type DateWord =
  | { readonly month: number; /** Thai and Lao names: a bare year like 2568 is then Buddhist era. */ readonly buddhist?: true }
  | { readonly label: "day" | "month" | "year"; readonly side: "before" | "after" }
  | { readonly era: "buddhist" | "common" }
  | "filler";

const MONTHS: Readonly<Record<string, readonly string[]>> = {
  en: ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
  enShort: ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
  id: ["januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "desember"],
  idShort: ["jan", "feb", "mar", "apr", "mei", "jun", "jul", "agu", "sep", "okt", "nov", "des"],
  ms: ["januari", "februari", "mac", "april", "mei", "jun", "julai", "ogos", "september", "oktober", "november", "disember"],
  msShort: ["jan", "feb", "mac", "apr", "mei", "jun", "jul", "ogo", "sep", "okt", "nov", "dis"],
  fil: ["enero", "pebrero", "marso", "abril", "mayo", "hunyo", "hulyo", "agosto", "setyembre", "oktubre", "nobyembre", "disyembre"],
  filAlt: ["enero", "febrero", "marso", "abril", "mayo", "junio", "julio", "agosto", "septiyembre", "octubre", "noviyembre", "diciembre"],
  filShort: ["ene", "peb", "mar", "abr", "may", "hun", "hul", "ago", "set", "okt", "nob", "dis"],
  km: ["មករា", "កុម្ភៈ", "មីនា", "មេសា", "ឧសភា", "មិថុនា", "កក្កដា", "សីហា", "កញ្ញា", "តុលា", "វិច្ឆិកា", "ធ្នូ"],
  myShort: ["ဇန်", "ဖေ", "မတ်", "ဧ", "မေ", "ဇွန်", "ဇူ", "ဩ", "စက်", "အောက်", "နို", "ဒီ"],
  my: ["ဇန်နဝါရီ", "ဖေဖော်ဝါရီ", "မတ်", "ဧပြီ", "မေ", "ဇွန်", "ဇူလိုင်", "ဩဂုတ်", "စက်တင်ဘာ", "အောက်တိုဘာ", "နိုဝင်ဘာ", "ဒီဇင်ဘာ"],
};

/** Thai and Lao month names: their users count years in the Buddhist era. */
const BUDDHIST_MONTHS: Readonly<Record<string, readonly string[]>> = {
  th: ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"],
  thShort: ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."],
  thBare: ["มค", "กพ", "มีค", "เมย", "พค", "มิย", "กค", "สค", "กย", "ตค", "พย", "ธค"],
  lo: ["ມັງກອນ", "ກຸມພາ", "ມີນາ", "ເມສາ", "ພຶດສະພາ", "ມິຖຸນາ", "ກໍລະກົດ", "ສິງຫາ", "ກັນຍາ", "ຕຸລາ", "ພະຈິກ", "ທັນວາ"],
  loShort: ["ມ.ກ.", "ກ.ພ.", "ມ.ນ.", "ມ.ສ.", "ພ.ພ.", "ມິ.ຖ.", "ກ.ລ.", "ສ.ຫ.", "ກ.ຍ.", "ຕ.ລ.", "ພ.ຈ.", "ທ.ວ."],
};

const before = (label: "day" | "month" | "year"): DateWord => ({ label, side: "before" });
const after = (label: "day" | "month" | "year"): DateWord => ({ label, side: "after" });

/** Every date word, for {@link lexicon}. */
export const DATE_WORDS: readonly (readonly [string, DateWord])[] = [
  ...Object.values(MONTHS).flatMap((names) => names.map((n, i) => [n, { month: i + 1 }] as const)),
  ["sept", { month: 9 }],
  ["agt", { month: 8 }],
  ["ags", { month: 8 }],
  ...Object.values(BUDDHIST_MONTHS).flatMap((names) => names.map((n, i) => [n, { month: i + 1, buddhist: true }] as const)),
  // Labels before the number: "ngày 1 tháng 3 năm 2025", "วันที่ 1", "ថ្ងៃទី ១ ខែ…", "tanggal 1", "ika-1"
  ...["ngày", "ngay", "วันที่", "ថ្ងៃទី", "ວັນທີ", "tanggal", "tgl", "tarikh", "ika", "ika-", "day"].map((w) => [w, before("day")] as const),
  ...["tháng", "thang", "thg", "เดือน", "ខែ", "ເດືອນ", "bulan", "buwan", "month"].map((w) => [w, before("month")] as const),
  ...["năm", "ปี", "ឆ្នាំ", "ປີ", "tahun", "taon", "year"].map((w) => [w, before("year")] as const),
  // Labels after the number: 2025年3月1日, Burmese ၂၀၂၅ ခုနှစ် … ၁ ရက်
  ...["年", "ခုနှစ်"].map((w) => [w, after("year")] as const),
  ...["月"].map((w) => [w, after("month")] as const),
  ...["日", "号", "號", "ရက်", "ရက်နေ့"].map((w) => [w, after("day")] as const),
  // Eras
  ...["พ.ศ.", "พ.ศ", "พศ", "ພ.ສ.", "ພ.ສ", "ພສ", "b.e.", "b.e", "be", "佛历", "佛曆"].map((w) => [w, { era: "buddhist" }] as const),
  ...["ค.ศ.", "ค.ศ", "คศ", "ຄ.ສ.", "ຄ.ສ", "a.d.", "a.d", "ad", "c.e.", "c.e", "ce", "公元", "西元", "គ.ស.", "គ.ស"].map((w) => [w, { era: "common" }] as const),
  // Words that only link the parts
  ...["of", "the", "on", "in", "de", "del", "ng", "sa", "noong", "nung", "vào", "pada", "เมื่อ", "เมื่อวันที่", "ณ", "လ", "နေ့", "st", "nd", "rd", "th"].map(
    (w) => [w, "filler" as DateWord] as const,
  ),
];

/** Relative days, by offset from today. */
export const RELATIVE_DAYS: readonly (readonly [number, readonly string[]])[] = [
  [0, ["today", "now", "今天", "今日", "hôm nay", "bữa nay", "วันนี้", "hari ini", "ngayon", "ngayong araw", "ngayong araw na ito", "ថ្ងៃនេះ", "ມື້ນີ້", "ယနေ့", "ဒီနေ့", "ဒီနေ့ပဲ"]],
  [-1, ["yesterday", "昨天", "昨日", "hôm qua", "เมื่อวาน", "เมื่อวานนี้", "kemarin", "semalam", "kelmarin", "kahapon", "ម្សិលមិញ", "ມື້ວານ", "ມື້ວານນີ້", "မနေ့က", "မနေ့"]],
  [1, ["tomorrow", "明天", "明日", "ngày mai", "mai", "พรุ่งนี้", "besok", "esok", "bukas", "ថ្ងៃស្អែក", "ស្អែក", "ມື້ອື່ນ", "မနက်ဖြန်"]],
];
