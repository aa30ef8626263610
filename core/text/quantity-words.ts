/**
 * Words that come with numbers in answers: currencies, "about", "people", …,
 * in the ten languages. Lower-case NFC, as {@link prepare} leaves text.
 */

/** Yuan in every way our users write it. */
export const CNY_WORDS: readonly string[] = [
  "¥", "rmb¥", "元", "元整", "整", "块", "塊", "块钱", "塊錢", "圆", "圓", "人民币", "人民幣",
  "rmb", "cny", "yuan", "renminbi", "chinese yuan", "yuan renminbi",
  "nhân dân tệ", "nhan dan te", "tệ", "đồng nhân dân tệ", "ndt", "nđt",
  "หยวน", "ເງິນຢວນ", "ຢວນ", "យន់", "យ័ន", "យ៉ន់", "ယွမ်", "renminbi yuan",
];

/** Other currencies: an amount in them is not an amount in CNY. */
export const FOREIGN_CURRENCY_WORDS: readonly string[] = [
  "$", "us$", "usd", "dollar", "dollars", "dolar", "đô", "đô la", "s$", "sgd", "hk$", "hkd",
  "€", "eur", "euro", "euros", "£", "gbp", "円", "yen", "jpy", "₩", "krw", "won", "₹", "inr",
  "฿", "บาท", "baht", "thb",
  "rp", "rp.", "rupiah", "idr",
  "rm", "ringgit", "myr",
  "₱", "php", "peso", "pesos", "piso",
  "₫", "vnd", "đồng", "dong", "đ",
  "₭", "kip", "ກີບ", "lak",
  "៛", "riel", "រៀល", "khr",
  "kyat", "ကျပ်", "mmk",
  // The same currencies as Chinese, Thai, Vietnamese, Khmer, Lao and Burmese users write them.
  "美元", "美金", "新元", "新加坡元", "港币", "港元", "欧元", "日元", "泰铢", "越南盾", "林吉特", "马币", "印尼盾", "比索", "菲律宾比索", "瑞尔", "基普", "缅元", "缅币",
  "ดอลลาร์", "ดอลลาร์สหรัฐ", "ริงกิต", "รูเปียห์", "เปโซ", "ด่ง", "กีบ", "เรียล", "จ๊าด",
  "bạt", "kíp", "đô-la", "ringít", "ru-pi",
  "ដុល្លារ", "បាត", "គីប", "ដុង",
  "ໂດລາ", "ບາດ", "ດົ່ງ", "ລຽນ",
  "ဒေါ်လာ", "ဘတ်", "ဒေါင်",
];

/** "About", "around", "in total": harmless around a number. */
export const FILLER_WORDS: readonly string[] = [
  "about", "around", "approx", "approx.", "approximately", "roughly", "some", "total", "in total", "~", "≈", "〜",
  "约", "約", "大约", "大約", "大概", "左右", "差不多", "上下", "一共", "总共", "總共", "共", "共计", "合计",
  "khoảng", "tầm", "chừng", "khoảng chừng", "tổng cộng",
  "sekitar", "kira-kira", "kira kira", "kurang lebih", "lebih kurang", "lebih-kurang", "lebih kurang dalam", "jumlah",
  "mga", "humigit-kumulang", "humigit kumulang", "halos", "mga bandang",
  "ประมาณ", "ราว", "ราวๆ", "ราว ๆ", "ทั้งหมด",
  "ប្រហែល", "ប្រមាណ", "សរុប",
  "ປະມານ", "ທັງໝົດ",
  "ခန့်", "လောက်", "ခန့်မှန်း", "စုစုပေါင်း",
];

/**
 * Words that make an amount a range or a lower bound (50多万, 十几万, 500k+,
 * "more than"): we ask again rather than pick a figure for the user.
 */
export const VAGUE_WORDS: readonly string[] = [
  "多", "几", "幾", "余", "餘", "来", "以上", "以下", "超过", "超過", "不到", "至少", "多于", "少于", "+",
  "over", "more than", "less than", "at least", "under", "above", "below", "up to", "several",
  "hơn", "trên", "dưới", "ít nhất", "vài",
  "lebih dari", "kurang dari", "di atas", "di bawah", "paling sedikit", "sekurang-kurangnya", "beberapa",
  "higit sa", "mahigit", "kulang sa", "hindi bababa sa", "ilang",
  "กว่า", "มากกว่า", "น้อยกว่า", "อย่างน้อย", "เกิน",
  "ជាង", "យ៉ាងតិច", "ក្រោម",
  "ກວ່າ", "ຢ່າງໜ້ອຍ",
  "ကျော်", "အနည်းဆုံး", "အောက်",
];

/** Words that make the number after them negative. */
export const NEGATIVE_WORDS: readonly string[] = ["-", "−", "负", "負", "minus", "âm", "ลบ", "ติดลบ", "negatif", "negatibo"];

/** Nouns counted by head-count answers ("20人", "20 people"). */
export const COUNT_UNITS: readonly string[] = [
  "人", "个", "個", "个人", "名", "位", "家", "户", "戶", "员工", "員工", "职工", "名员工",
  "people", "person", "persons", "staff", "employee", "employees", "worker", "workers", "member", "members", "heads", "pax",
  "người", "nhân viên", "lao động",
  "คน", "พนักงาน",
  "orang", "pekerja", "karyawan", "pegawai", "staf", "kakitangan",
  "tao", "katao", "empleyado", "manggagawa",
  "នាក់", "បុគ្គលិក",
  "ຄົນ", "ພະນັກງານ",
  "ယောက်", "ဦး", "ဝန်ထမ်း",
  "pflops", "pflop/s", "pf",
];

/** Percent signs and words written after the number ("30%", "30 phần trăm"). */
export const PERCENT_AFTER_WORDS: readonly string[] = [
  "%", "percent", "per cent", "pct", "phần trăm", "phan tram", "persen", "peratus", "porsiyento", "porsyento", "bahagdan",
  "เปอร์เซ็นต์", "ເປີເຊັນ", "ភាគរយ", "ရာခိုင်နှုန်း",
];

/** Percent words written before the number ("百分之三十", "ร้อยละ 30", Burmese "ရာခိုင်နှုန်း ၃၀"). */
export const PERCENT_BEFORE_WORDS: readonly string[] = ["百分之", "ร้อยละ", "ຮ້ອຍລະ", "ភាគរយ", "ရာခိုင်နှုန်း"];
