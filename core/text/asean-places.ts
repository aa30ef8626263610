/**
 * ASEAN countries and their main cities, as users write them in the ten
 * languages: "a summit in Jakarta", "上线在曼谷", "ở Hà Nội", "ที่เชียงใหม่",
 * "នៅភ្នំពេញ", "ຢູ່ວຽງຈັນ", "ရန်ကုန်မှာ". A question that names one is about
 * something held or used "in an ASEAN country" (（十三）（十四）) even when it
 * never says "ASEAN".
 */

/** Names matched as whole words in Latin script, anywhere in other scripts. */
const PLACES: readonly string[] = [
  // Countries
  "brunei", "cambodia", "kemboja", "kamboja", "campuchia", "indonesia", "laos", "lào", "malaysia", "myanmar", "burma", "miến điện",
  "philippines", "pilipinas", "filipina", "singapore", "singapura", "thailand", "thái lan", "vietnam", "viet nam", "việt nam", "southeast asia", "đông nam á",
  "asia tenggara", "timog-silangang asya",
  "文莱", "柬埔寨", "印尼", "印度尼西亚", "老挝", "马来西亚", "缅甸", "菲律宾", "新加坡", "泰国", "越南", "东南亚",
  "ประเทศไทย", "เวียดนาม", "กัมพูชา", "ลาว", "มาเลเซีย", "อินโดนีเซีย", "ฟิลิปปินส์", "สิงคโปร์", "เมียนมา", "พม่า", "บรูไน", "เอเชียตะวันออกเฉียงใต้",
  "កម្ពុជា", "ថៃ", "វៀតណាម", "ឡាវ", "ម៉ាឡេស៊ី", "ឥណ្ឌូណេស៊ី", "ហ្វីលីពីន", "សិង្ហបុរី", "មីយ៉ាន់ម៉ា", "ប្រ៊ុយណេ", "អាស៊ីអាគ្នេយ៍",
  "ປະເທດລາວ", "ໄທ", "ຫວຽດນາມ", "ກຳປູເຈຍ", "ມາເລເຊຍ", "ອິນໂດເນເຊຍ", "ຟີລິບປິນ", "ສິງກະໂປ", "ມຽນມາ", "ບຣູໄນ", "ອາຊີຕາເວັນອອກສ່ຽງໃຕ້",
  "မြန်မာ", "ထိုင်း", "ဗီယက်နမ်", "ကမ္ဘောဒီးယား", "လာအို", "မလေးရှား", "အင်ဒိုနီးရှား", "ဖိလစ်ပိုင်", "စင်ကာပူ", "ဘရူနိုင်း", "အရှေ့တောင်အာရှ",
  // Cities
  "jakarta", "surabaya", "bandung", "medan", "bali", "denpasar", "yogyakarta", "batam",
  "hanoi", "ha noi", "hà nội", "ho chi minh", "hồ chí minh", "saigon", "sài gòn", "da nang", "đà nẵng", "hai phong", "hải phòng",
  "bangkok", "chiang mai", "phuket", "pattaya",
  "phnom penh", "siem reap", "sihanoukville",
  "vientiane", "luang prabang", "savannakhet", "pakse",
  "yangon", "rangoon", "mandalay", "naypyidaw", "nay pyi taw",
  "kuala lumpur", "penang", "pulau pinang", "johor bahru", "johor", "kuching", "kota kinabalu", "cyberjaya", "putrajaya",
  "manila", "maynila", "cebu", "davao", "makati", "quezon city", "taguig",
  "bandar seri begawan",
  "雅加达", "泗水", "万隆", "巴厘岛", "河内", "胡志明", "岘港", "海防", "曼谷", "清迈", "普吉", "金边", "暹粒", "西哈努克", "万象", "琅勃拉邦",
  "仰光", "曼德勒", "内比都", "吉隆坡", "槟城", "新山", "马尼拉", "宿务", "达沃", "斯里巴加湾",
  "กรุงเทพ", "เชียงใหม่", "ภูเก็ต", "พัทยา", "จาการ์ตา", "ฮานอย", "โฮจิมินห์", "พนมเปญ", "เวียงจันทน์", "ย่างกุ้ง", "กัวลาลัมเปอร์", "มะนิลา",
  "ភ្នំពេញ", "សៀមរាប", "ព្រះសីហនុ", "បាងកក", "ហាណូយ", "ហូជីមិញ", "ហ្សាកាតា", "វៀងចន្ទ", "គូឡាឡាំពួ", "ម៉ានីល",
  "ວຽງຈັນ", "ຫຼວງພະບາງ", "ສະຫວັນນະເຂດ", "ປາກເຊ", "ບາງກອກ", "ຮ່າໂນ້ຍ", "ພະນົມເປັນ", "ຈາກາຕາ", "ກົວລາລຳເປີ", "ມະນີລາ",
  "ရန်ကုန်", "မန္တလေး", "နေပြည်တော်", "ဘန်ကောက်", "ဟနွိုင်း", "ဖနွမ်းပင်", "ဂျကာတာ", "ကွာလာလမ်ပူ", "မနီလာ",
];

const LATIN = /\p{Script=Latin}/u;
const NORMALISED = PLACES.map((p) => p.normalize("NFC"));

/**
 * The ASEAN countries and cities `text` names, as written in the list (lower case).
 *
 * @example aseanPlaces("Planning an AI summit in Jakarta") // ["jakarta"]
 * @example aseanPlaces("我们想在曼谷办峰会") // ["曼谷"]
 */
export function aseanPlaces(text: string): string[] {
  if (typeof text !== "string") return [];
  const s = text.normalize("NFC").toLowerCase();
  return NORMALISED.filter((p) => {
    if (!LATIN.test(p)) return s.includes(p);
    return new RegExp(`(?<![\\p{L}\\p{M}])${p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{M}])`, "u").test(s);
  });
}
