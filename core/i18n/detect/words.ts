/**
 * Words that tell the four Latin-script languages apart.
 *
 * Statistical detectors separate English and Filipino from the Malay family well, but
 * Malay and Indonesian share most of their vocabulary and differ mainly in a few
 * everyday words, so those words decide between the two. A word listed here must be
 * common in the one language and rare or absent in the other; words both use
 * (bagaimana, kami, perlu, tolong, sudah…) are deliberately left out.
 */

/** Languages written in Latin script that the Latin chooser picks among. */
export type LatinLang = "en" | "id" | "ms" | "fil";

/** Malay words with a different Indonesian counterpart (the counterpart is noted). */
const MALAY: readonly string[] = [
  "adakah", // apakah
  "percuma", // gratis
  "syarikat", // perusahaan
  "cukai", // pajak
  "kerana", // karena
  "wang", // uang
  "mahu", // mau
  "sahaja", // saja
  "pejabat", // kantor
  "kilang", // pabrik
  "latihan", // pelatihan (Indonesian "latihan" is practice drills, not job training)
  "boleh", // bisa
  "tak", // tidak / gak
  "nak", // mau
  "dah", // sudah / udah
  "tu", // itu
  "ni", // ini
  "je", // aja
  "kena", // harus
  "pasal", // soal / tentang
  "pasukan", // tim
  "kewangan", // keuangan
  "baucar", // voucher
  "berkualiti", // berkualitas
  "berbeza", // berbeda
  "polisi", // kebijakan
  "tarikh", // tanggal
  "graduan", // lulusan
  "pangsapuri", // apartemen
  "sertai", // ikut
  "bandar", // kota
  "kerajaan", // pemerintah
  "kos", // biaya
  "elektrik", // listrik
  "sokongan", // dukungan
  "faedah", // bunga
  "permulaan", // awal / rintisan
  "penyelidikan", // penelitian
  "ganjaran", // penghargaan
  "melabur", // berinvestasi
  "terangkan", // jelaskan
  "dahulu", // dulu
  "diperoleh", // didapat
  "bila", // kapan (as the question word)
  "macam", // seperti ("macam mana" = gimana)
  "mengikut", // menurut
  "jabatan", // dinas
  "jadual", // jadwal
  "perniagaan", // bisnis / usaha
  "usahawan", // pengusaha
  "peratus", // persen
  "ringgit",
  "rm",
  "malaysia",
  "kl",
  "johor",
  "selangor",
  "penang",
  "sabah",
  "sarawak",
  "ke", // question particle ("layak ke?"); also Indonesian "to", so weighted low below
  "ramai", // banyak (people)
  "khabar", // kabar
  "kakitangan", // karyawan / pegawai
  "mesyuarat", // rapat
  "faham", // paham
  "lepas", // lalu ("bulan lepas")
  "nombor", // nomor
  "sikit", // sedikit / dikit
  "geran", // hibah
  "berdaftar", // terdaftar
  "bertanggungjawab", // bertanggung jawab
  "tengok", // lihat
  "cakap", // bilang / bicara
  "kat", // di
  "ialah", // adalah
  "maklumat", // informasi
  "telefon", // telepon
  "kad", // kartu
  "yuran", // biaya
  "jom", // yuk
  "kenderaan", // kendaraan
];

/** Indonesian words with a different Malay counterpart. */
const INDONESIAN: readonly string[] = [
  "apakah", // adakah
  "gratis", // percuma
  "perusahaan", // syarikat
  "perusahaannya",
  "pajak", // cukai
  "karena", // kerana
  "uang", // wang
  "mau", // mahu
  "saja", // sahaja
  "kantor", // pejabat
  "kantornya",
  "pabrik", // kilang
  "pelatihan", // latihan
  "bisa", // boleh
  "gak", // tak
  "nggak",
  "enggak",
  "ngga",
  "ga",
  "gimana", // macam mana
  "kok",
  "dong",
  "sih",
  "aja", // je
  "udah", // dah
  "banget",
  "kak",
  "bikin", // buat
  "pakai", // guna
  "biaya", // kos
  "listrik", // elektrik
  "dukungan", // sokongan
  "bunga", // faedah
  "penelitian", // penyelidikan
  "riset",
  "berinvestasi", // melabur
  "kapan", // bila
  "dulu", // dahulu
  "dulunya",
  "kota", // bandar
  "pemerintah", // kerajaan
  "jadwal", // jadual
  "persen", // peratus
  "peluncuran", // pelancaran
  "publik", // awam
  "insinyur", // jurutera
  "rupiah",
  "rp",
  "indonesia",
  "jakarta",
  "surabaya",
  "bandung",
  "pengajuan", // permohonan
  "didapat", // diperoleh
  "kebijakan", // polisi / dasar
  "berbeda", // berbeza
  "lulusan", // graduan
  "keringanan",
  "apartemen", // pangsapuri
  "berkualitas", // berkualiti
  "kualitas",
  "registrasi", // pendaftaran
  "harus", // kena / mesti
  "tim", // pasukan
  "karyawan", // pekerja / kakitangan
  "rapat", // mesyuarat
  "keuangan", // kewangan
  "tanggal", // tarikh
  "paham", // faham
  "nomor", // nombor
  "dikit", // sikit
  "hibah", // geran
  "butuh", // perlu (in Malay the word is vulgar)
  "makasih",
  "bareng", // bersama
  "terdaftar", // berdaftar
  "kayak", // macam
  "nanya", // tanya
  "situs", // laman web
  "informasi", // maklumat
  "telepon", // telefon
  "kartu", // kad
  "kendaraan", // kenderaan
  "umkm",
  "gini",
  "gitu",
  "nih",
  "deh",
  "yuk", // jom
  "kalo",
  "emang",
  "gmn",
  "gk",
  "bgt",
  "ya", // shared, but far more frequent as an Indonesian tag; weighted low below
];

/** Filipino function words, question words and the everyday words of our users' questions. */
const FILIPINO: readonly string[] = [
  "ang", "ng", "mga", "po", "ba", "sa", "ako", "paano", "magkano", "puwede", "pwede", "namin",
  "natin", "ko", "ito", "na", "kung", "hindi", "ano", "anong", "lang", "din", "rin", "yung",
  "naman", "salamat", "kailangan", "gusto", "kayo", "ninyo", "nyo", "niyo", "dito", "doon",
  "siya", "pa", "ay", "kapag", "pag", "opo", "hanggang", "kailan", "sino", "saan", "bakit",
  "wala", "meron", "mayroon", "pero", "kasi", "ngayon", "lahat", "ninyong", "tanong", "pasensya",
  "galing", "kasama", "amin", "inyo", "ka", "mo", "nila", "talaga", "diba", "tulong", "pera",
  "trabaho", "negosyo", "kumpanya", "opisina", "libre", "libreng", "pilipinas", "manila",
];

/** Common English function words and the words users ask with. */
const ENGLISH: readonly string[] = [
  "the", "is", "are", "do", "does", "how", "what", "can", "for", "and", "of", "to", "in", "we",
  "i", "im", "my", "our", "you", "this", "that", "there", "any", "with", "from", "about", "much",
  "many", "get", "need", "will", "if", "or", "be", "have", "has", "was", "were", "which", "who",
  "when", "where", "please", "pls", "thanks", "thx", "hi", "hello", "it", "not", "only", "would",
  "should", "could", "want", "know", "apply", "company", "free", "long", "they", "he", "she",
  "his", "her", "us", "me", "your", "yes", "no", "one", "after", "before", "why",
  // Articles and the words of pay questions: CLD3 reads "I'm hiring an ML engineer at 600k RMB a year" as
  // Filipino (figures and abbreviations leave it few letters to go on), while Filipino never uses these.
  "a", "an", "year", "years", "hiring", "salary", "per", "annual",
];

/**
 * Markers that the other language also uses now and then (Indonesian "boleh" for "may",
 * "ke" for "to", "bila" for "if"; Malaysians' colloquial "mau", "saja", "dulu"; Filipino
 * "sa" and "na" beside Malay "sa"-less text), so they count for half.
 */
const LOW_WEIGHT: ReadonlySet<string> = new Set([
  // Malay markers Indonesian also uses: "ke" (to), "bila" (if), "kena" (be hit by, "kena pajak"),
  // "pasal" (article of a law), "dahulu" ("terlebih dahulu"), "ramai" (crowded), "permulaan".
  "ke", "ni", "tu", "boleh", "bila", "kena", "pasal", "dahulu", "ramai", "permulaan",
  // Indonesian markers Malaysians also use: colloquial "mau", "saja", "dulu", "pakai", "kak";
  // "kota" in place names (Kota Kinabalu), "biaya" in "dibiayai", "ya", "tim", "harus".
  "ya", "harus", "mau", "saja", "dulu", "tim", "pakai", "kak", "kota", "biaya",
  // Filipino words that also occur in the others: "na", "pa", "sa", "kasi" (Indonesian "kasi tau").
  "na", "pa", "sa", "kasi",
  // English words that are also Filipino or Malay fragments.
  "i", "in", "to", "be",
]);

/** Word → language for every marker above. */
const MARKERS: ReadonlyMap<string, LatinLang> = (() => {
  const m = new Map<string, LatinLang>();
  const add = (words: readonly string[], lang: LatinLang): void => {
    for (const w of words) if (!m.has(w)) m.set(w, lang);
  };
  add(MALAY, "ms");
  add(INDONESIAN, "id");
  add(FILIPINO, "fil");
  add(ENGLISH, "en");
  return m;
})();

/** Two-word Malay/Indonesian markers that no single word captures. */
const PHRASES: readonly { re: RegExp; lang: LatinLang }[] = [
  { re: /\bmacam mana\b/, lang: "ms" },
  { re: /\bsama ada\b/, lang: "ms" },
  { re: /\bsaya mahu\b/, lang: "ms" },
  { re: /\bsaya mau\b/, lang: "id" },
  { re: /\btempat kerja\b/, lang: "ms" },
  { re: /\bberkuat kuasa\b/, lang: "ms" },
  { re: /\bkasi(?:h)? ta(?:h)?u\b/, lang: "id" }, // Malay: "bagi tahu", "beritahu"
  { re: /\bbagi tahu\b/, lang: "ms" },
];

/** Marker counts per language; weights are 1 for a clear marker and 0.5 for a shared one. */
export type MarkerScores = Record<LatinLang, number>;

/** Splits Latin text into lowercase words, keeping in-word hyphens ("mag-apply"). */
export function latinWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*/gu) ?? [];
}

/**
 * Counts the language markers in `text`.
 *
 * @example scoreMarkers("Adakah pejabat ini percuma?").ms // 3
 */
export function scoreMarkers(text: string): MarkerScores {
  const scores: MarkerScores = { en: 0, id: 0, ms: 0, fil: 0 };
  for (const word of latinWords(text)) {
    // Filipino verb prefixes ("mag-apply", "nag-iinvest") mark Filipino even on English stems.
    if (/^(mag|nag|pag|ipa|maka|naka|i)-/.test(word)) scores.fil += 1;
    const lang = MARKERS.get(word);
    if (lang) scores[lang] += LOW_WEIGHT.has(word) ? 0.5 : 1;
  }
  const lower = text.toLowerCase();
  for (const { re, lang } of PHRASES) if (re.test(lower)) scores[lang] += 1;
  return scores;
}
