/**
 * What an explanation may never say, in each of the ten languages: promises
 * and guarantees (the text must stay hedged: "may", "up to"), fees and
 * payment instructions, deadlines the clause does not set, other policies,
 * instructions to contact anyone, and echoes of instructions or of a system
 * prompt. The disclaimer (who decides, whom to ask) is added by us after the
 * model's text, so the model has no reason to say any of this itself.
 *
 * Lists are matched after NFKC and lower-casing; words of Latin-script
 * languages as whole words, others anywhere. A false alarm costs a template
 * answer; a miss costs a user's trust, so the lists lean wide.
 */
import type { Lang } from "../i18n/langs.ts";

/** The kinds of forbidden content. */
export type PhraseCategory = "promise" | "fee" | "deadline" | "other_policy" | "contact" | "echo";

type PhraseLists = Record<PhraseCategory, readonly string[]>;

const PHRASES: Record<Lang, PhraseLists> = {
  en: {
    promise: ["guarantee", "guaranteed", "guarantees", "certainly", "definitely", "surely", "for sure", "you will receive", "you will get", "you'll receive", "you'll get", "you get", "you are approved", "you have been approved", "final decision", "no assessment", "without assessment", "no review", "assured", "100 percent", "i promise", "we promise", "promised you", "no doubt", "automatically receive", "entitled to receive"],
    fee: ["fee", "fees", "pay", "paid", "payment", "bank transfer", "wire transfer", "money transfer", "transfer money", "transfer the money", "bank card", "bank account", "account number", "pin code", "your pin", "deposit", "wire", "remit", "commission fee", "cvv", "password", "otp", "verification code", "gift card", "crypto", "bitcoin", "usdt"],
    deadline: ["deadline", "no later than", "expire", "expires", "expired", "last day", "or lose", "hurry", "immediately", "urgent", "urgently", "act now", "right away", "within days", "before it is too late", "limited time"],
    other_policy: ["other policy", "other policies", "another policy", "other programme", "other program", "another programme", "another program", "other scheme", "another scheme", "national subsidy", "provincial subsidy", "other subsidies", "other grants"],
    contact: ["contact", "call", "phone", "telephone", "whatsapp", "wechat", "telegram", "line id", "email", "e-mail", "message us", "text us", "dm", "reach out", "our agent", "our officer", "our staff", "visit our", "hotline", "click", "log in", "login", "sign in", "register at", "apply now at", "verify your"],
    echo: ["ignore all previous", "ignore previous", "ignore the above", "ignore your instructions", "ignore these rules", "system prompt", "system:", "assistant:", "user:", "developer message", "hidden instructions", "my instructions", "these instructions", "my rules", "as an ai", "language model", "i am an ai", "you are a policy assistant", "<<sys>>", "[inst]", "rules core", "placeholder", "json", "jailbreak", "admin mode", "developer mode", "the user said", "the user asked me", "i was told"],
  },
  zh: {
    promise: ["保证", "保障到账", "一定能", "一定会", "一定可以", "肯定", "必定", "必然", "确保", "承诺", "无需评审", "不需评审", "免评审", "直接发放", "已批准", "已通过", "百分百", "稳拿", "包过", "绝对"],
    fee: ["手续费", "服务费", "缴纳", "缴费", "付款", "转账", "汇款", "银行卡", "账号", "密码", "验证码", "押金", "保证金", "预付", "打款"],
    deadline: ["截止", "截至", "逾期", "过期", "之内申请", "以内申请", "尽快", "立即", "马上", "限时", "最后期限", "名额有限"],
    other_policy: ["其他政策", "其它政策", "另有政策", "其他补贴", "其它补贴", "国家补贴", "省级补贴", "其他项目", "其它项目"],
    contact: ["联系", "联络", "致电", "拨打", "电话", "热线", "微信号", "加微信", "邮箱", "邮件", "客服", "专员", "私信", "点击", "登录", "扫码"],
    echo: ["忽略之前", "忽略以上", "忽略上述", "忽略所有", "系统提示", "提示词", "系统指令", "隐藏指令", "我的指令", "作为ai", "作为人工智能", "语言模型", "管理员模式", "开发者模式", "用户说", "占位符"],
  },
  vi: {
    promise: ["chắc chắn", "đảm bảo", "bảo đảm", "cam kết", "hứa", "nhất định", "đã được duyệt", "đã được phê duyệt", "không cần thẩm định", "không cần xét duyệt", "tự động nhận", "chắc chắn sẽ nhận"],
    fee: ["lệ phí", "phí xử lý", "phí dịch vụ", "phí hồ sơ", "thanh toán", "chuyển khoản", "nộp tiền", "trả tiền", "tài khoản ngân hàng", "số tài khoản", "thẻ ngân hàng", "mật khẩu", "mã xác minh", "mã otp", "đặt cọc"],
    deadline: ["hạn chót", "thời hạn cuối", "hết hạn", "trước ngày", "ngay lập tức", "khẩn cấp", "gấp rút", "nếu không sẽ mất"],
    other_policy: ["chính sách khác", "chương trình khác", "trợ cấp khác", "hỗ trợ khác của nhà nước"],
    contact: ["liên hệ", "liên lạc", "gọi điện", "gọi cho", "điện thoại", "nhắn tin", "zalo", "email", "hộp thư", "nhấp vào", "đăng nhập", "đường dây nóng"],
    echo: ["bỏ qua mọi", "bỏ qua các hướng dẫn", "bỏ qua hướng dẫn", "lời nhắc hệ thống", "hướng dẫn hệ thống", "chỉ dẫn ẩn", "mô hình ngôn ngữ", "là một ai", "chế độ quản trị", "người dùng nói"],
  },
  th: {
    promise: ["รับประกัน", "การันตี", "แน่นอน", "อย่างแน่นอน", "รับรองว่า", "สัญญาว่า", "ได้รับอนุมัติแล้ว", "อนุมัติแล้ว", "ไม่ต้องพิจารณา", "ไม่ต้องประเมิน", "ได้รับแน่"],
    fee: ["ค่าธรรมเนียม", "ค่าบริการ", "ชำระเงิน", "ชำระค่า", "จ่ายเงิน", "โอนเงิน", "บัญชีธนาคาร", "เลขบัญชี", "บัตรธนาคาร", "รหัสผ่าน", "รหัส otp", "มัดจำ"],
    deadline: ["กำหนดเส้นตาย", "เส้นตาย", "หมดเขต", "ภายในวันที่", "ทันที", "ด่วน", "รีบ", "มิฉะนั้น"],
    other_policy: ["นโยบายอื่น", "โครงการอื่น", "เงินอุดหนุนอื่น"],
    contact: ["ติดต่อ", "โทร", "โทรศัพท์", "ไลน์ไอดี", "อีเมล", "ส่งข้อความ", "คลิก", "เข้าสู่ระบบ", "สายด่วน", "เจ้าหน้าที่ของเรา"],
    echo: ["ละเว้นคำสั่ง", "เพิกเฉยต่อคำสั่ง", "ไม่ต้องสนใจคำสั่ง", "คำสั่งระบบ", "พรอมต์", "คำสั่งที่ซ่อน", "โมเดลภาษา", "ผู้ใช้บอกว่า"],
  },
  id: {
    promise: ["dijamin", "menjamin", "jaminan", "pasti", "tentu saja", "dipastikan", "janji", "berjanji", "sudah disetujui", "telah disetujui", "tanpa penilaian", "tanpa evaluasi", "otomatis menerima"],
    fee: ["biaya administrasi", "biaya proses", "biaya pendaftaran", "bayar", "pembayaran", "transfer ke", "transfer uang", "rekening", "nomor rekening", "kartu bank", "kata sandi", "kode otp", "kode verifikasi", "uang muka", "setor"],
    deadline: ["batas waktu", "tenggat", "kedaluwarsa", "paling lambat", "segera", "sekarang juga", "mendesak", "atau hangus"],
    other_policy: ["kebijakan lain", "program lain", "subsidi lain", "bantuan lain"],
    contact: ["hubungi", "menghubungi", "telepon", "telpon", "whatsapp", "wa", "email", "surel", "kirim pesan", "klik", "login", "petugas kami", "agen kami"],
    echo: ["abaikan semua", "abaikan instruksi", "abaikan perintah", "prompt sistem", "instruksi sistem", "instruksi tersembunyi", "model bahasa", "mode admin", "pengguna berkata"],
  },
  ms: {
    promise: ["dijamin", "menjamin", "jaminan", "pasti", "sudah tentu", "dipastikan", "janji", "berjanji", "telah diluluskan", "sudah diluluskan", "tanpa penilaian", "automatik menerima"],
    fee: ["yuran", "caj", "bayaran", "bayar", "pembayaran", "pindahan wang", "pemindahan", "akaun bank", "nombor akaun", "kad bank", "kata laluan", "kod otp", "kod pengesahan", "deposit", "wang pendahuluan"],
    deadline: ["tarikh akhir", "tarikh tutup", "tamat tempoh", "selewat-lewatnya", "segera", "dengan serta-merta", "serta-merta", "mendesak", "atau hangus"],
    other_policy: ["dasar lain", "polisi lain", "program lain", "subsidi lain", "geran lain"],
    contact: ["hubungi", "menghubungi", "telefon", "whatsapp", "e-mel", "emel", "hantar mesej", "klik", "log masuk", "pegawai kami", "ejen kami"],
    echo: ["abaikan semua", "abaikan arahan", "arahan sistem", "gesaan sistem", "arahan tersembunyi", "model bahasa", "mod pentadbir", "pengguna berkata"],
  },
  fil: {
    promise: ["garantisado", "ginagarantiya", "sigurado", "tiyak na", "siguradong", "pangako", "ipinapangako", "aprubado na", "naaprubahan na", "walang pagsusuri", "awtomatikong matatanggap"],
    fee: ["bayad", "bayaran", "magbayad", "singil", "processing fee", "fee", "i-transfer", "mag-transfer", "ipadala ang pera", "bank account", "account number", "password", "otp", "deposito"],
    deadline: ["deadline", "huling araw", "mag-e-expire", "mawawala", "agad-agad", "kaagad", "madalian", "ngayon din"],
    other_policy: ["ibang patakaran", "ibang programa", "ibang subsidiya", "ibang tulong"],
    contact: ["makipag-ugnayan", "tumawag", "tawagan", "telepono", "mag-text", "i-text", "email", "mensahe sa amin", "i-click", "pindutin", "mag-log in", "ahente namin", "opisyal namin"],
    echo: ["huwag pansinin", "balewalain ang", "system prompt", "mga tagubilin ng sistema", "nakatagong tagubilin", "language model", "admin mode", "sabi ng user"],
  },
  km: {
    promise: ["ធានា", "ប្រាកដជា", "ច្បាស់ជា", "សន្យា", "បានអនុម័តហើយ", "មិនចាំបាច់វាយតម្លៃ", "នឹងទទួលបានជាក់ជាមិនខាន"],
    fee: ["ថ្លៃសេវា", "កម្រៃ", "បង់ប្រាក់", "ទូទាត់", "ផ្ទេរប្រាក់", "គណនីធនាគារ", "លេខគណនី", "កាតធនាគារ", "លេខសម្ងាត់", "ប្រាក់កក់"],
    deadline: ["ថ្ងៃផុតកំណត់", "ផុតកំណត់", "ភ្លាមៗ", "បន្ទាន់", "ជាបន្ទាន់", "បើមិនដូច្នោះទេ"],
    other_policy: ["គោលនយោបាយផ្សេង", "កម្មវិធីផ្សេង", "ឧបត្ថម្ភផ្សេង"],
    contact: ["សូមទាក់ទង", "ទាក់ទងមក", "ទាក់ទងភ្នាក់ងារ", "ទូរស័ព្ទ", "ហៅទូរស័ព្ទ", "អ៊ីមែល", "ផ្ញើសារ", "ចុចលើ", "ចូលគណនី", "ភ្នាក់ងាររបស់យើង"],
    echo: ["មិនអើពើការណែនាំ", "បោះបង់ការណែនាំ", "ការណែនាំប្រព័ន្ធ", "ប្រអប់បញ្ចូលប្រព័ន្ធ", "គំរូភាសា", "អ្នកប្រើប្រាស់បាននិយាយ"],
  },
  lo: {
    promise: ["ຮັບປະກັນ", "ແນ່ນອນ", "ຢ່າງແນ່ນອນ", "ສັນຍາວ່າ", "ອະນຸມັດແລ້ວ", "ບໍ່ຕ້ອງປະເມີນ", "ບໍ່ຕ້ອງພິຈາລະນາ"],
    fee: ["ຄ່າທຳນຽມ", "ຄ່າບໍລິການ", "ຈ່າຍເງິນ", "ຊຳລະ", "ໂອນເງິນ", "ບັນຊີທະນາຄານ", "ເລກບັນຊີ", "ບັດທະນາຄານ", "ລະຫັດຜ່ານ", "ເງິນມັດຈຳ"],
    deadline: ["ເສັ້ນຕາຍ", "ໝົດເຂດ", "ຫມົດເຂດ", "ທັນທີ", "ດ່ວນ", "ບໍ່ດັ່ງນັ້ນ"],
    other_policy: ["ນະໂຍບາຍອື່ນ", "ໂຄງການອື່ນ", "ເງິນອຸດໜູນອື່ນ"],
    contact: ["ຕິດຕໍ່", "ໂທຫາ", "ໂທລະສັບ", "ອີເມວ", "ສົ່ງຂໍ້ຄວາມ", "ຄລິກ", "ເຂົ້າສູ່ລະບົບ", "ພະນັກງານຂອງພວກເຮົາ"],
    echo: ["ບໍ່ສົນໃຈຄຳສັ່ງ", "ລະເລີຍຄຳສັ່ງ", "ຄຳສັ່ງລະບົບ", "ຄຳແນະນຳລະບົບ", "ແບບຈຳລອງພາສາ", "ຜູ້ໃຊ້ບອກວ່າ"],
  },
  my: {
    promise: ["အာမခံ", "သေချာပေါက်", "ကတိပေး", "ကတိ", "အတည်ပြုပြီး", "ခွင့်ပြုပြီးဖြစ်", "အကဲဖြတ်ရန်မလို", "သေချာရရှိ"],
    fee: ["ဝန်ဆောင်ခ", "အခကြေးငွေ", "ငွေပေးချေ", "ငွေလွှဲ", "ဘဏ်အကောင့်", "အကောင့်နံပါတ်", "ဘဏ်ကတ်", "စကားဝှက်", "စရံငွေ"],
    deadline: ["နောက်ဆုံးရက်", "သက်တမ်းကုန်", "ချက်ချင်း", "အမြန်ဆုံး", "အရေးပေါ်", "မဟုတ်ပါက ဆုံးရှုံး"],
    other_policy: ["အခြားမူဝါဒ", "အခြားအစီအစဉ်", "အခြားထောက်ပံ့ငွေ"],
    contact: ["ဆက်သွယ်", "ဖုန်းခေါ်", "ဖုန်းနံပါတ်", "အီးမေးလ်", "မက်ဆေ့ချ်ပို့", "နှိပ်ပါ", "ဝင်ရောက်ပါ", "ကျွန်ုပ်တို့၏ကိုယ်စားလှယ်"],
    echo: ["ညွှန်ကြားချက်များကို လျစ်လျူရှု", "လျစ်လျူရှု", "စနစ်ညွှန်ကြားချက်", "လျှို့ဝှက်ညွှန်ကြားချက်", "ဘာသာစကားမော်ဒယ်", "အသုံးပြုသူက ပြောသည်"],
  },
};

const SPACED: ReadonlySet<Lang> = new Set(["en", "vi", "id", "ms", "fil"]);
const CATEGORIES: readonly PhraseCategory[] = ["promise", "fee", "deadline", "other_policy", "contact", "echo"];
const norm = (s: string): string => s.normalize("NFKC").toLowerCase();
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");

type Compiled = { category: PhraseCategory; phrase: string; re: RegExp }[];
const COMPILED = new Map<Lang, Compiled>();

function compiled(lang: Lang): Compiled {
  let c = COMPILED.get(lang);
  if (!c) {
    c = CATEGORIES.flatMap((category) =>
      PHRASES[lang][category].map((p) => {
        const phrase = norm(p);
        // Whole words where words are spaced; a phrase ending in punctuation ("system:") needs no boundary after it.
        const before = SPACED.has(lang) && /^[\p{L}\p{N}]/u.test(phrase) ? "(?<![\\p{L}\\p{M}\\p{N}])" : "";
        const after = SPACED.has(lang) && /[\p{L}\p{N}]$/u.test(phrase) ? "(?![\\p{L}\\p{M}\\p{N}])" : "";
        return { category, phrase, re: new RegExp(`${before}${escape(phrase)}${after}`, "u") };
      }),
    );
    COMPILED.set(lang, c);
  }
  return c;
}

/** One forbidden phrase found. */
export interface PhraseFound {
  category: PhraseCategory;
  phrase: string;
}

/**
 * The forbidden phrases in `text`, looked for in `lang`'s lists and in the
 * English and Chinese ones (models fall back to both).
 *
 * @example
 * forbiddenPhrases("You are guaranteed to receive it. Call our agent.", "en")
 * // [{ category: "promise", phrase: "guaranteed" }, { category: "contact", phrase: "call" }, …]
 */
export function forbiddenPhrases(text: string, lang: Lang): PhraseFound[] {
  const s = norm(text);
  const found: PhraseFound[] = [];
  for (const l of new Set<Lang>([lang, "en", "zh"])) {
    for (const { category, phrase, re } of compiled(l)) if (re.test(s)) found.push({ category, phrase });
  }
  return found;
}

/** The lists, for tests: every language has every category. */
export const FORBIDDEN_PHRASES: Readonly<Record<Lang, PhraseLists>> = PHRASES;
