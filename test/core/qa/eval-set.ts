/**
 * The evaluation set for `ask`: questions as entrepreneurs and officials type
 * them in chat, in the ten languages, each with the measure(s) a reader of the
 * policy would point to. Written from the policy text, not from the search
 * keywords, so that it measures how well the index meets real wording: short
 * and long, formal and colloquial, loanwords (AI, GPU, startup), the odd typo
 * or missing accent, no question mark here and there.
 *
 * Two ids are listed only where a question genuinely fits two measures (an
 * ASEAN firm asking for free offices fits m05 and m01). General questions
 * (scope, validity, stacking, who interprets) carry their topic instead.
 */
import type { Lang } from "../../../core/i18n/langs.ts";
import type { GeneralTopic } from "../../../core/qa/ask.ts";
import type { MeasureId } from "../../../core/rules/types.ts";

/** A question about one or two measures: it counts when any of `expected` is among the first three. */
export interface MeasureCase {
  lang: Lang;
  question: string;
  expected: MeasureId[];
}

/** A question about the policy as a whole: it counts when `ask` names `general` among its topics. */
export interface GeneralCase {
  lang: Lang;
  question: string;
  general: GeneralTopic;
}

/** One question of the set. */
export type EvalCase = MeasureCase | GeneralCase;

const zh: EvalCase[] = [
  { lang: "zh", question: "入驻南A中心的话，办公室是免费的吗？", expected: ["m01"] },
  { lang: "zh", question: "我们是刚成立的AI创业团队，有没有启动资金可以申请", expected: ["m02"] },
  { lang: "zh", question: "公司高管和技术骨干能住人才公寓吗？免租几年", expected: ["m03"] },
  { lang: "zh", question: "想在展示中心办个新品发布会，展位要钱吗？活动费用能补贴多少", expected: ["m04"] },
  { lang: "zh", question: "我们是一家越南公司，到南宁入驻是不是支持力度翻倍？", expected: ["m05"] },
  { lang: "zh", question: "东盟来的团队入驻，免费办公场地能多给一点吗", expected: ["m05", "m01"] },
  { lang: "zh", question: "公司在做高质量数据集，采集、清洗、标注都做，政府给不给奖励？", expected: ["m06"] },
  { lang: "zh", question: "用南宁的公共数据开发数据产品，能拿多少奖励", expected: ["m07"] },
  { lang: "zh", question: "我们在做AI芯片研发，能申请市里的科技专项吗，最多支持多少？", expected: ["m08"] },
  { lang: "zh", question: "租GPU训练大模型有补贴没", expected: ["m09"] },
  { lang: "zh", question: "算力卷怎么领？", expected: ["m09"] },
  { lang: "zh", question: "AI+医疗的标杆场景每年怎么评，奖多少钱？", expected: ["m10"] },
  { lang: "zh", question: "我们的大模型已经通过网信办备案了，有奖励吗", expected: ["m11"] },
  { lang: "zh", question: "给东盟国家的公务员办人工智能培训班，一年大概600人，有补助吗？", expected: ["m12"] },
  { lang: "zh", question: "打算在曼谷办一个人工智能峰会，中心能补贴多少？", expected: ["m13"] },
  { lang: "zh", question: "我们的智慧农业系统已经在老挝落地用起来了，还能申请支持吗", expected: ["m14"] },
  { lang: "zh", question: "投资建一个200P的智算中心，有哪些政策支持？", expected: ["m15"] },
  { lang: "zh", question: "数据中心电费太贵了，能不能买便宜的绿电", expected: ["m16"] },
  { lang: "zh", question: "企业所得税前五年是不是全免？", expected: ["m19"] },
  { lang: "zh", question: "找银行贷款，利息政府能贴多少", expected: ["m21"] },
  { lang: "zh", question: "招了个年薪80万的算法大牛，公司能拿到什么奖励？", expected: ["m18"] },
  { lang: "zh", question: "想从深圳挖一个CEO过来，他的工资政府能返一部分吗", expected: ["m17"] },
  { lang: "zh", question: "天使轮阶段的AI公司，政府基金会投吗", expected: ["m20"] },
  { lang: "zh", question: "除了这里的政策，国家和自治区的专项资金你们能帮忙申报吗？", expected: ["m22"] },
  { lang: "zh", question: "有没有免房租的办公室", expected: ["m01"] },
  { lang: "zh", question: "年薪百万的技术大牛有啥奖励", expected: ["m18"] },
  { lang: "zh", question: "办个AI大赛能补多少钱", expected: ["m13"] },
  { lang: "zh", question: "买语料有补贴吗", expected: ["m09"] },
  { lang: "zh", question: "贷款贴息怎么算", expected: ["m21"] },
  { lang: "zh", question: "这个政策和南宁市的其他政策能叠加享受吗？", general: "stacking" },
  { lang: "zh", question: "这些措施有效期到什么时候", general: "validity" },
  { lang: "zh", question: "具体执行有争议的时候由哪个部门解释？", general: "interpret" },
];

const en: EvalCase[] = [
  { lang: "en", question: "How can we cut the electricity bill for our data center? any green power deals", expected: ["m16"] },
  { lang: "en", question: "We're hiring a new CFO from Shenzhen. Is there any reward based on executive salaries?", expected: ["m17"] },
  { lang: "en", question: "bonus for hiring senior AI engineers paid over 500k yuan a year?", expected: ["m18"] },
  { lang: "en", question: "Do AI companies get a corporate income tax exemption here", expected: ["m19"] },
  { lang: "en", question: "Is there a government-backed AI fund that invests in early-stage startups?", expected: ["m20"] },
  { lang: "en", question: "can the goverment subsidise the interest on our bank loan", expected: ["m21"] },
  { lang: "en", question: "Will the center help us apply for national and provincial grants, special bonds and the like?", expected: ["m22"] },
  { lang: "en", question: "Is there free office space for AI startups moving into the center?", expected: ["m01"] },
  { lang: "en", question: "What seed money can a leading innovation team get when it settles in Nanning?", expected: ["m02"] },
  { lang: "en", question: "Do you provide housing for our core engineers? rent free apartments?", expected: ["m03"] },
  { lang: "en", question: "We want to hold a product launch and a roadshow in the exhibition hall. Is the booth free?", expected: ["m04"] },
  { lang: "en", question: "Our company is from Malaysia. Do ASEAN firms get more support than Chinese ones?", expected: ["m05"] },
  { lang: "en", question: "Any rewards for building high quality training datasets (collection, cleaning, labeling)?", expected: ["m06"] },
  { lang: "en", question: "how do we get access to Nanning public data, and is there a reward for data products built on it", expected: ["m07"] },
  { lang: "en", question: "We plan an R&D center for embodied intelligence. Can a key technology project get up to 5 million?", expected: ["m08"] },
  { lang: "en", question: "GPU rental subsidy?", expected: ["m09"] },
  { lang: "en", question: "we registered our genAI model with the CAC, any reward for that", expected: ["m11"] },
  { lang: "en", question: "Planning to build a 150 PFlops computing center in Nanning. What support is available?", expected: ["m15"] },
  { lang: "en", question: "our power bill is killing us, any help for compute companies?", expected: ["m16"] },
  { lang: "en", question: "Buying Thai-language text data from a vendor to fine-tune an LLM. Is there a voucher for that?", expected: ["m09"] },
  { lang: "en", question: "Can our fresh grads stay somewhere for free while they look for jobs in Nanning", expected: ["m03"] },
  { lang: "en", question: "Is there a fund that would take an equity stake in a growth-stage AI company?", expected: ["m20"] },
  { lang: "en", question: "free ofice space?", expected: ["m01"] },
  { lang: "en", question: "how much startup capitel for a new team", expected: ["m02"] },
  { lang: "en", question: "Can we get cheaper electricty for our GPU cluster", expected: ["m16"] },
  { lang: "en", question: "tax holiday for AI firms", expected: ["m19"] },
  { lang: "en", question: "Does the city invest in AI companies? we're raising a Series A", expected: ["m20"] },
  { lang: "en", question: "We already deployed our chatbot for a government agency in Laos. Anything for us?", expected: ["m14"] },
  { lang: "en", question: "Who is eligible for these measures?", general: "scope" },
  { lang: "en", question: "How long is this policy valid", general: "validity" },
];

const vi: EvalCase[] = [
  { lang: "vi", question: "Thuê GPU để train mô hình AI có được hỗ trợ chi phí không?", expected: ["m09"] },
  { lang: "vi", question: "Ứng dụng AI trong y tế, nông nghiệp nếu được công nhận là mô hình điểm thì thưởng bao nhiêu", expected: ["m10"] },
  { lang: "vi", question: "Mô hình AI tạo sinh của công ty đã đăng ký với cơ quan quản lý không gian mạng Trung Quốc thì có thưởng ko?", expected: ["m11"] },
  { lang: "vi", question: "Công ty tôi tổ chức đào tạo AI cho cán bộ, công chức các nước ASEAN, có được hỗ trợ không?", expected: ["m12"] },
  { lang: "vi", question: "Tổ chức hội nghị thượng đỉnh về AI tại Hà Nội thì được hỗ trợ tối đa bao nhiêu", expected: ["m13"] },
  { lang: "vi", question: "Chúng tôi đã triển khai hệ thống cảnh báo thiên tai bằng AI ở Việt Nam rồi, có xin hỗ trợ được không?", expected: ["m14"] },
  { lang: "vi", question: "Đầu tư xây trung tâm tính toán thông minh trên 100 PFlops thì có chính sách gì?", expected: ["m15"] },
  { lang: "vi", question: "Doanh nghiệp điện toán có được giảm tiền điện không", expected: ["m16"] },
  { lang: "vi", question: "Mới tuyển giám đốc điều hành thì có thưởng theo lương không?", expected: ["m17"] },
  { lang: "vi", question: "Kỹ sư AI lương 1 triệu tệ/năm thì công ty được thưởng bao nhiêu %?", expected: ["m18"] },
  { lang: "vi", question: "Miễn thuế thu nhập doanh nghiệp mấy năm?", expected: ["m19"] },
  { lang: "vi", question: "Quỹ đầu tư AI 5 tỷ tệ có rót vốn cho startup không", expected: ["m20"] },
  { lang: "vi", question: "vay ngan hang co duoc ho tro lai suat khong", expected: ["m21"] },
  { lang: "vi", question: "Trung tâm có giúp doanh nghiệp xin vốn ngân sách nhà nước, trái phiếu chuyên dụng không?", expected: ["m22"] },
  { lang: "vi", question: "Vào trung tâm thì được văn phòng miễn phí tối đa bao nhiêu m2?", expected: ["m01"] },
  { lang: "vi", question: "Doanh nghiệp Việt Nam vào trung tâm có được hỗ trợ gấp đôi không?", expected: ["m05"] },
  { lang: "vi", question: "Sinh viên mới ra trường sang Nam Ninh tìm việc có chỗ ở miễn phí ko", expected: ["m03"] },
  { lang: "vi", question: "Công ty mình muốn mua dữ liệu ngôn ngữ tiếng Việt để huấn luyện LLM, có phiếu hỗ trợ không", expected: ["m09"] },
  { lang: "vi", question: "Mở lớp tập huấn trí tuệ nhân tạo cho nhân viên doanh nghiệp Lào, Campuchia thì có được thưởng ko", expected: ["m12"] },
  { lang: "vi", question: "Team khởi nghiệp của em mới thành lập, có được cấp vốn ban đầu không ạ?", expected: ["m02"] },
  { lang: "vi", question: "cong ty toi muon thue van phong mien phi o trung tam", expected: ["m01"] },
  { lang: "vi", question: "mien thue thu nhap doanh nghiep may nam vay", expected: ["m19"] },
  { lang: "vi", question: "thue GPU train model co duoc ho tro ko", expected: ["m09"] },
  { lang: "vi", question: "tuyen ky su AI luong cao co duoc thuong khong", expected: ["m18"] },
  { lang: "vi", question: "Cty mình làm bộ dữ liệu gán nhãn chất lượng cao thì có thưởng k", expected: ["m06"] },
  { lang: "vi", question: "to chuc dao tao AI cho can bo ASEAN", expected: ["m12"] },
  { lang: "vi", question: "Chính sách này có hiệu lực đến khi nào?", general: "validity" },
  { lang: "vi", question: "Có được hưởng cùng lúc với chính sách của tỉnh Quảng Tây không?", general: "stacking" },
];

const th: EvalCase[] = [
  { lang: "th", question: "ทีมสตาร์ทอัพ AI ของเราย้ายเข้าศูนย์ จะได้เงินทุนตั้งต้นเท่าไหร่", expected: ["m02"] },
  { lang: "th", question: "มีที่พักฟรีให้ผู้บริหารกับวิศวกรหลักไหมคะ", expected: ["m03"] },
  { lang: "th", question: "อยากจัดงานเปิดตัวสินค้าใหม่ที่ศูนย์แสดงผลงาน มีบูธให้ฟรีไหม", expected: ["m04"] },
  { lang: "th", question: "บริษัทจากไทยเข้าศูนย์ได้รับการสนับสนุนเพิ่มเป็นสองเท่าจริงไหม", expected: ["m05"] },
  { lang: "th", question: "ทำชุดข้อมูลคุณภาพสูง มีการติดป้ายกำกับข้อมูลด้วย ได้รางวัลไหมครับ", expected: ["m06"] },
  { lang: "th", question: "ข้อมูลสาธารณะของหนานหนิง เอามาพัฒนาเป็นผลิตภัณฑ์ข้อมูลได้ไหม", expected: ["m07"] },
  { lang: "th", question: "โครงการวิจัยชิป AI ขอทุนได้สูงสุดเท่าไร", expected: ["m08"] },
  { lang: "th", question: "เช่า GPU เทรนโมเดล มีคูปองช่วยค่าใช้จ่ายไหม", expected: ["m09"] },
  { lang: "th", question: "ระบบ AI ด้านการท่องเที่ยวของเราถ้าได้เป็นต้นแบบจะได้รางวัลไหม", expected: ["m10"] },
  { lang: "th", question: "โมเดล generative AI ของเราจดแจ้งกับ CAC แล้ว ได้เงินรางวัลหรือเปล่า", expected: ["m11"] },
  { lang: "th", question: "จัดอบรม AI ให้ข้าราชการอาเซียนปีละ 600 คน ได้เงินสนับสนุนไหม", expected: ["m12"] },
  { lang: "th", question: "จะจัดงานประชุมสุดยอดด้าน AI ที่กรุงเทพฯ ศูนย์ช่วยค่าใช้จ่ายได้กี่เปอร์เซ็นต์", expected: ["m13"] },
  { lang: "th", question: "ระบบแพทย์ทางไกลที่ใช้ AI ของเราใช้งานจริงในโรงพยาบาลที่ไทยแล้ว ขอการสนับสนุนได้ไหม", expected: ["m14"] },
  { lang: "th", question: "จะลงทุนสร้างดาต้าเซ็นเตอร์ประมวลผล AI ขนาดใหญ่ มีนโยบายอะไรช่วยบ้าง", expected: ["m15"] },
  { lang: "th", question: "ค่าไฟแพงมาก มีไฟฟ้าสีเขียวราคาถูกให้บริษัทที่ให้บริการประมวลผลไหม", expected: ["m16"] },
  { lang: "th", question: "ภาษีเงินได้นิติบุคคลยกเว้นกี่ปี", expected: ["m19"] },
  { lang: "th", question: "กู้เงินธนาคาร มีช่วยเรื่องดอกเบี้ยไหม", expected: ["m21"] },
  { lang: "th", question: "ซื้อข้อมูลภาษาไทยจากบริษัทอื่นมาเทรน LLM มีส่วนลดไหม", expected: ["m09"] },
  { lang: "th", question: "ศูนย์ช่วยยื่นขอเงินสนับสนุนจากรัฐบาลกลางได้ไหม", expected: ["m22"] },
  { lang: "th", question: "จ้างหัวหน้าฝ่ายบริหารคนใหม่ เงินเดือนเขาได้คืนบางส่วนไหม", expected: ["m17"] },
  { lang: "th", question: "อยากได้ออฟฟิศฟรี", expected: ["m01"] },
  { lang: "th", question: "เงินกู้ดอกเบี้ยต่ำ", expected: ["m21"] },
  { lang: "th", question: "นโยบายนี้ใช้ได้ถึงเมื่อไหร่", general: "validity" },
  { lang: "th", question: "ใครมีสิทธิ์สมัครบ้าง", general: "scope" },
];

const id: EvalCase[] = [
  { lang: "id", question: "Apakah ada insentif untuk gaji direktur baru yang kami rekrut?", expected: ["m17"] },
  { lang: "id", question: "Kalau perusahaan kami merekrut tenaga ahli AI dengan gaji tahunan 300 ribu yuan, ada insentif gajinya gak?", expected: ["m18"] },
  { lang: "id", question: "Berapa tahun pembebasan pajak penghasilan badan untuk perusahaan AI?", expected: ["m19"] },
  { lang: "id", question: "Apakah dana industri AI bisa berinvestasi ke startup kami?", expected: ["m20"] },
  { lang: "id", question: "subsidi bunga pinjaman bank berapa persen", expected: ["m21"] },
  { lang: "id", question: "Bisakah pusat membantu kami mengajukan dana dari pemerintah pusat dan obligasi khusus", expected: ["m22"] },
  { lang: "id", question: "Apakah ada kantor gratis untuk perusahaan yang masuk ke pusat AI ini?", expected: ["m01"] },
  { lang: "id", question: "Dana awal usaha untuk tim startup maksimal berapa?", expected: ["m02"] },
  { lang: "id", question: "Lulusan baru dari luar Nanning bisa dapat penginapan gratis selama cari kerja?", expected: ["m03"] },
  { lang: "id", question: "Mau bikin acara peluncuran produk di ruang pameran, ada bantuan biaya ga?", expected: ["m04"] },
  { lang: "id", question: "Benarkah perusahaan dari Indonesia dapat dukungan dua kali lipat?", expected: ["m05"] },
  { lang: "id", question: "Kami sedang membangun dataset berkualitas tinggi untuk bahasa daerah, apakah bisa dapat hadiah uang?", expected: ["m06"] },
  { lang: "id", question: "Bagaimana cara memanfaatkan data publik kota Nanning untuk produk data kami", expected: ["m07"] },
  { lang: "id", question: "Pendanaan untuk proyek riset teknologi inti seperti chip AI", expected: ["m08"] },
  { lang: "id", question: "Voucher komputasi buat sewa GPU, caranya gimana?", expected: ["m09"] },
  { lang: "id", question: "Lembaga pelatihan kami mau mengadakan training AI untuk karyawan perusahaan se-ASEAN, ada insentifnya?", expected: ["m12"] },
  { lang: "id", question: "Kami sudah menerapkan solusi AI untuk pertanian pintar di Jawa bersama mitra dari Nanning. Apakah bisa dapat dukungan?", expected: ["m14"] },
  { lang: "id", question: "Cicilan bunga kredit bank kami berat sekali, ada keringanan dari pemerintah?", expected: ["m21"] },
  { lang: "id", question: "Kami mau bikin forum AI tingkat ASEAN di Jakarta, biayanya bisa ditanggung sebagian?", expected: ["m13"] },
  { lang: "id", question: "Perusahaan pusat data bisa dapat listrik hijau lebih murah?", expected: ["m16"] },
  { lang: "id", question: "kantor grtis ada ga", expected: ["m01"] },
  { lang: "id", question: "bisa bantu pengajuan dana APBN?", expected: ["m22"] },
  { lang: "id", question: "pajak perusahaan dikurangi berapa lama", expected: ["m19"] },
  { lang: "id", question: "Apakah program ini bisa digabung dengan insentif dari provinsi?", general: "stacking" },
  { lang: "id", question: "siapa yang menentukan kalau ada perbedaan tafsir aturan ini", general: "interpret" },
];

const ms: EvalCase[] = [
  { lang: "ms", question: "Projek AI kami dalam sektor kewangan, boleh dapat anugerah sebagai projek contoh?", expected: ["m10"] },
  { lang: "ms", question: "Model AI generatif syarikat kami sudah didaftarkan dengan CAC, adakah ada ganjaran?", expected: ["m11"] },
  { lang: "ms", question: "Kami anjurkan latihan AI untuk penjawat awam negara ASEAN, lebih 500 orang setahun. Ada bantuan tak?", expected: ["m12"] },
  { lang: "ms", question: "Nak anjur sidang kemuncak AI di Kuala Lumpur, boleh dapat sokongan kos?", expected: ["m13"] },
  { lang: "ms", question: "Syarikat kami dah laksanakan sistem bandar pintar di Malaysia dengan rakan dari China. Boleh mohon sokongan?", expected: ["m14"] },
  { lang: "ms", question: "Pelaburan pusat pengkomputeran pintar 120 PFlops, apa sokongan kerajaan", expected: ["m15"] },
  { lang: "ms", question: "Bil elektrik pusat data kami tinggi, ada skim tenaga hijau?", expected: ["m16"] },
  { lang: "ms", question: "Adakah ganjaran gaji untuk eksekutif kanan yang baru dilantik?", expected: ["m17"] },
  { lang: "ms", question: "Jurutera AI bergaji 1 juta yuan setahun, berapa peratus ganjaran yang syarikat dapat?", expected: ["m18"] },
  { lang: "ms", question: "Pengecualian cukai pendapatan syarikat berapa tahun?", expected: ["m19"] },
  { lang: "ms", question: "Dana industri AI 5 bilion yuan tu melabur dalam syarikat permulaan ke?", expected: ["m20"] },
  { lang: "ms", question: "subsidi faedah pinjaman bank untuk syarikat AI", expected: ["m21"] },
  { lang: "ms", question: "Boleh tolong kami mohon geran kerajaan pusat dan bon khas?", expected: ["m22"] },
  { lang: "ms", question: "Syarikat kami nak masuk pusat tu, ada ruang pejabat percuma ke?", expected: ["m01"] },
  { lang: "ms", question: "Berapa wang permulaan untuk pasukan bakat inovasi peringkat tinggi", expected: ["m02"] },
  { lang: "ms", question: "Syarikat dari Malaysia boleh dapat sokongan sehingga dua kali ganda kan?", expected: ["m05"] },
  { lang: "ms", question: "Baucar pengkomputeran untuk sewa GPU, macam mana nak mohon", expected: ["m09"] },
  { lang: "ms", question: "Bos baru kami dari Shenzhen, gaji dia boleh dapat rebat ke?", expected: ["m17"] },
  { lang: "ms", question: "Syarikat kami membina set data berkualiti untuk bahasa Melayu, ada ganjaran wang?", expected: ["m06"] },
  { lang: "ms", question: "Nak guna data awam bandar Nanning untuk buat produk data", expected: ["m07"] },
  { lang: "ms", question: "ada rumah sewa percuma untuk staf teknikal?", expected: ["m03"] },
  { lang: "ms", question: "syarikat kami perlukan pinjaman, ada subsidi faedah", expected: ["m21"] },
  { lang: "ms", question: "Siapa yang layak memohon?", general: "scope" },
  { lang: "ms", question: "Dasar ini sah sehingga bila?", general: "validity" },
];

const fil: EvalCase[] = [
  { lang: "fil", question: "May libreng apartment ba para sa mga executive at core engineers namin?", expected: ["m03"] },
  { lang: "fil", question: "Gusto naming mag-launch ng bagong produkto sa exhibition hall, libre ba ang booth?", expected: ["m04"] },
  { lang: "fil", question: "Taga-Pilipinas ang kumpanya namin, totoo bang doble ang suporta para sa mga kumpanya ng ASEAN?", expected: ["m05"] },
  { lang: "fil", question: "May gantimpala ba kung gagawa kami ng de-kalidad na dataset na may labeling?", expected: ["m06"] },
  { lang: "fil", question: "Paano gamitin ang pampublikong datos ng Nanning para gumawa ng data product", expected: ["m07"] },
  { lang: "fil", question: "Magkano ang pinakamalaking pondo para sa R&D project tungkol sa AI chips?", expected: ["m08"] },
  { lang: "fil", question: "may subsidy ba sa pagrenta ng GPU para mag-train ng model", expected: ["m09"] },
  { lang: "fil", question: "Kung mapili ang AI project namin sa edukasyon bilang huwarang halimbawa, may premyo ba?", expected: ["m10"] },
  { lang: "fil", question: "Nakarehistro na sa CAC ang generative AI model namin, may reward ba kami?", expected: ["m11"] },
  { lang: "fil", question: "Nagsasagawa kami ng AI training para sa mga kawani ng gobyerno sa ASEAN. May suporta ba?", expected: ["m12"] },
  { lang: "fil", question: "Mag-oorganisa kami ng AI summit sa Maynila, magkano ang maitutulong ng center?", expected: ["m13"] },
  { lang: "fil", question: "Naipatupad na namin ang AI para sa babala sa sakuna dito sa Pilipinas, puwede ba kaming humingi ng suporta", expected: ["m14"] },
  { lang: "fil", question: "Magtatayo kami ng computing center na lampas 100 PFlops, anong tulong ang makukuha namin?", expected: ["m15"] },
  { lang: "fil", question: "Ang mahal ng kuryente ng data center namin, may green power ba", expected: ["m16"] },
  { lang: "fil", question: "May reward ba sa sahod ng bagong hire na senior executive?", expected: ["m17"] },
  { lang: "fil", question: "Ilang taon libre sa corporate income tax?", expected: ["m19"] },
  { lang: "fil", question: "may tulong ba sa interes ng loan namin sa bangko", expected: ["m21"] },
  { lang: "fil", question: "Puwede bang tumira nang libre ang mga bagong graduate habang naghahanap ng trabaho sa Nanning?", expected: ["m03"] },
  { lang: "fil", question: "May pondo ba ang gobyerno na mag-iinvest sa AI startup namin?", expected: ["m20"] },
  { lang: "fil", question: "Tutulungan ba kami ng center na mag-apply sa mga grant ng national government?", expected: ["m22"] },
  { lang: "fil", question: "magkano ang puhunan na pwedeng makuha ng startup team", expected: ["m02"] },
  { lang: "fil", question: "may tax exemption ba", expected: ["m19"] },
  { lang: "fil", question: "Sino ang puwedeng mag-apply dito?", general: "scope" },
  { lang: "fil", question: "hanggang kailan valid ang patakarang ito", general: "validity" },
];

const km: EvalCase[] = [
  { lang: "km", question: "ក្រុមហ៊ុនយើងជួលវិស្វករ AI ប្រាក់ខែ ៥០ម៉ឺនយ័នក្នុងមួយឆ្នាំ តើមានប្រាក់រង្វាន់ទេ?", expected: ["m18"] },
  { lang: "km", question: "ក្រុមហ៊ុន AI ត្រូវបានលើកលែងពន្ធលើប្រាក់ចំណូលប៉ុន្មានឆ្នាំ?", expected: ["m19"] },
  { lang: "km", question: "តើមូលនិធិ AI អាចវិនិយោគលើ startup របស់យើងបានទេ", expected: ["m20"] },
  { lang: "km", question: "ខ្ចីលុយធនាគារ មានជំនួយការប្រាក់ទេ?", expected: ["m21"] },
  { lang: "km", question: "តើមជ្ឈមណ្ឌលអាចជួយយើងស្នើសុំថវិការដ្ឋ និងមូលនិធិថ្នាក់ជាតិបានទេ?", expected: ["m22"] },
  { lang: "km", question: "ចូលមជ្ឈមណ្ឌលហើយ មានការិយាល័យឥតគិតថ្លៃទេ?", expected: ["m01"] },
  { lang: "km", question: "ក្រុម startup ថ្មីៗ អាចទទួលបានប្រាក់ដើមទុនប៉ុន្មាន?", expected: ["m02"] },
  { lang: "km", question: "មានអាផាតមិនឥតគិតថ្លៃសម្រាប់អ្នកគ្រប់គ្រងក្រុមហ៊ុនទេ?", expected: ["m03"] },
  { lang: "km", question: "ចង់ធ្វើកម្មវិធីបង្ហាញផលិតផលថ្មីនៅមជ្ឈមណ្ឌលតាំងបង្ហាញ តើមានស្តង់ឥតគិតថ្លៃទេ?", expected: ["m04"] },
  { lang: "km", question: "ក្រុមហ៊ុនកម្ពុជាចូលមជ្ឈមណ្ឌល ទទួលបានការគាំទ្រទ្វេដងមែនទេ?", expected: ["m05"] },
  { lang: "km", question: "ការបង្កើតសំណុំទិន្នន័យគុណភាពខ្ពស់ មានរង្វាន់ប៉ុន្មាន?", expected: ["m06"] },
  { lang: "km", question: "ចង់ប្រើទិន្នន័យសាធារណៈរបស់ទីក្រុងណាននីង ដើម្បីធ្វើជាផលិតផលទិន្នន័យ", expected: ["m07"] },
  { lang: "km", question: "គម្រោងស្រាវជ្រាវបច្ចេកវិទ្យាស្នូល ដូចជាបន្ទះឈីប AI ទទួលបានថវិកាប៉ុន្មាន?", expected: ["m08"] },
  { lang: "km", question: "ជួល GPU ដើម្បីហ្វឹកហាត់ម៉ូដែល មានប័ណ្ណបញ្ចុះតម្លៃទេ?", expected: ["m09"] },
  { lang: "km", question: "កម្មវិធី AI ក្នុងវិស័យកសិកម្ម បើក្លាយជាគំរូ តើមានរង្វាន់ទេ?", expected: ["m10"] },
  { lang: "km", question: "រៀបចំវេទិកា AI នៅភ្នំពេញ តើមជ្ឈមណ្ឌលជួយចំណាយបានប៉ុន្មាន?", expected: ["m13"] },
  { lang: "km", question: "ថ្លៃភ្លើងរបស់មជ្ឈមណ្ឌលទិន្នន័យខ្ពស់ណាស់ មានវិធីកាត់បន្ថយទេ?", expected: ["m16"] },
  { lang: "km", question: "ចង់ទិញទិន្នន័យភាសាខ្មែរពីក្រុមហ៊ុនផ្សេង ដើម្បីបង្វឹក AI មានជំនួយទេ", expected: ["m09"] },
  { lang: "km", question: "ជួលនាយកប្រតិបត្តិថ្មី តើប្រាក់ខែរបស់គាត់មានរង្វាន់បន្ថែមទេ?", expected: ["m17"] },
  { lang: "km", question: "យើងដាក់ប្រព័ន្ធ AI សម្រាប់ព្យាករណ៍គ្រោះធម្មជាតិនៅកម្ពុជារួចហើយ អាចស្នើសុំការគាំទ្របានទេ?", expected: ["m14"] },
  { lang: "km", question: "មានការិយាល័យទំនេរឥតបង់ថ្លៃជួលទេ", expected: ["m01"] },
  { lang: "km", question: "គោលនយោបាយនេះមានសុពលភាពដល់ពេលណា?", general: "validity" },
  { lang: "km", question: "តើអាចទទួលការគាំទ្រពីគោលនយោបាយខេត្តក្នុងពេលតែមួយបានទេ?", general: "stacking" },
];

const lo: EvalCase[] = [
  { lang: "lo", question: "ໂມເດວ AI ຂອງພວກເຮົາຂຶ້ນທະບຽນກັບ CAC ແລ້ວ ມີລາງວັນບໍ່?", expected: ["m11"] },
  { lang: "lo", question: "ພວກເຮົາຈັດຝຶກອົບຮົມ AI ໃຫ້ພະນັກງານລັດຂອງປະເທດອາຊຽນ ມີການສະໜັບສະໜູນບໍ່", expected: ["m12"] },
  { lang: "lo", question: "ຈະຈັດກອງປະຊຸມສຸດຍອດ AI ຢູ່ວຽງຈັນ ສູນຊ່ວຍຄ່າໃຊ້ຈ່າຍໄດ້ເທົ່າໃດ?", expected: ["m13"] },
  { lang: "lo", question: "ລະບົບ AI ກະສິກຳອັດສະລິຍະຂອງພວກເຮົານຳໃຊ້ຢູ່ລາວແລ້ວ ຂໍການສະໜັບສະໜູນໄດ້ບໍ່?", expected: ["m14"] },
  { lang: "lo", question: "ລົງທຶນສ້າງສູນຄອມພິວເຕີ AI ຂະໜາດໃຫຍ່ ມີນະໂຍບາຍຫຍັງແດ່?", expected: ["m15"] },
  { lang: "lo", question: "ຄ່າໄຟຟ້າແພງຫຼາຍ ມີໄຟຟ້າສີຂຽວລາຄາຖືກບໍ່?", expected: ["m16"] },
  { lang: "lo", question: "ຮັບຜູ້ບໍລິຫານຄົນໃໝ່ ມີເງິນລາງວັນຕາມເງິນເດືອນບໍ່?", expected: ["m17"] },
  { lang: "lo", question: "ຈ້າງວິສະວະກອນ AI ເງິນເດືອນສູງ ໄດ້ລາງວັນຈັກເປີເຊັນ?", expected: ["m18"] },
  { lang: "lo", question: "ບໍລິສັດ AI ໄດ້ຍົກເວັ້ນພາສີຈັກປີ?", expected: ["m19"] },
  { lang: "lo", question: "ກອງທຶນ AI ລົງທຶນໃນ startup ບໍ່", expected: ["m20"] },
  { lang: "lo", question: "ກູ້ເງິນທະນາຄານ ມີການຊ່ວຍດອກເບ້ຍບໍ່?", expected: ["m21"] },
  { lang: "lo", question: "ສູນຊ່ວຍພວກເຮົາຍື່ນຂໍທຶນຈາກລັດຖະບານໄດ້ບໍ່?", expected: ["m22"] },
  { lang: "lo", question: "ມີຫ້ອງການຟຣີໃຫ້ບໍລິສັດທີ່ເຂົ້າມາຢູ່ໃນສູນບໍ່?", expected: ["m01"] },
  { lang: "lo", question: "ທີມ startup ໃໝ່ ໄດ້ເງິນທຶນເລີ່ມຕົ້ນເທົ່າໃດ?", expected: ["m02"] },
  { lang: "lo", question: "ນັກສຶກສາຈົບໃໝ່ໄປຫາວຽກຢູ່ໜານໜິງ ມີບ່ອນພັກຟຣີບໍ່?", expected: ["m03"] },
  { lang: "lo", question: "ບໍລິສັດລາວເຂົ້າສູນ ໄດ້ຮັບການສະໜັບສະໜູນສອງເທົ່າແທ້ບໍ?", expected: ["m05"] },
  { lang: "lo", question: "ເຊົ່າ GPU ເທຣນໂມເດວ ມີຄູປອງສ່ວນຫຼຸດບໍ່?", expected: ["m09"] },
  { lang: "lo", question: "ເອົາ AI ໄປໃຊ້ໃນໂຮງໝໍ ຖ້າເປັນຕົວແບບ ໄດ້ລາງວັນບໍ່", expected: ["m10"] },
  { lang: "lo", question: "ສ້າງຊຸດຂໍ້ມູນພາສາລາວຄຸນນະພາບສູງ ມີເງິນລາງວັນບໍ່?", expected: ["m06"] },
  { lang: "lo", question: "ຢາກນຳໃຊ້ຂໍ້ມູນສາທາລະນະຂອງນະຄອນໜານໜິງ ເຮັດຜະລິດຕະພັນຂໍ້ມູນ", expected: ["m07"] },
  { lang: "lo", question: "ອາກອນລາຍໄດ້ບໍລິສັດ ຫຼຸດໄດ້ບໍ່", expected: ["m19"] },
  { lang: "lo", question: "ນະໂຍບາຍນີ້ໃຊ້ໄດ້ຮອດເມື່ອໃດ?", general: "validity" },
  { lang: "lo", question: "ໜ່ວຍງານໃດເປັນຜູ້ຕີຄວາມນະໂຍບາຍນີ້?", general: "interpret" },
];

const my: EvalCase[] = [
  { lang: "my", question: "ပြပွဲခန်းမမှာ ထုတ်ကုန်အသစ် မိတ်ဆက်ပွဲ လုပ်ချင်တယ်၊ ပြခန်း အခမဲ့ရမလား", expected: ["m04"] },
  { lang: "my", question: "မြန်မာကုမ္ပဏီ စင်တာထဲဝင်ရင် ပံ့ပိုးမှု နှစ်ဆ ရမှာလား", expected: ["m05"] },
  { lang: "my", question: "အရည်အသွေးမြင့် ဒေတာအစုံ တည်ဆောက်ရင် ဆုငွေ ရနိုင်လား", expected: ["m06"] },
  { lang: "my", question: "နန်နင်းမြို့ရဲ့ အများပြည်သူ ဒေတာကို သုံးပြီး ဒေတာထုတ်ကုန် လုပ်ချင်ပါတယ်", expected: ["m07"] },
  { lang: "my", question: "AI chip သုတေသန စီမံကိန်းအတွက် ရန်ပုံငွေ ဘယ်လောက်ရနိုင်လဲ", expected: ["m08"] },
  { lang: "my", question: "GPU ငှားပြီး မော်ဒယ် လေ့ကျင့်ရင် ကူပွန် ရနိုင်လား", expected: ["m09"] },
  { lang: "my", question: "ပညာရေးနယ်ပယ်မှာ AI အသုံးချမှု စံပြဖြစ်ရင် ဆုချီးမြှင့်ငွေ ရှိလား", expected: ["m10"] },
  { lang: "my", question: "ကျွန်တော်တို့ generative AI မော်ဒယ်ကို CAC မှာ မှတ်ပုံတင်ပြီးပြီ၊ ဆုငွေ ရမလား", expected: ["m11"] },
  { lang: "my", question: "အာဆီယံ အစိုးရဝန်ထမ်းတွေအတွက် AI သင်တန်း ဖွင့်ရင် ထောက်ပံ့မှုရှိလား", expected: ["m12"] },
  { lang: "my", question: "ရန်ကုန်မှာ AI ထိပ်သီးအစည်းအဝေး ကျင်းပမယ်၊ ကုန်ကျစရိတ် ဘယ်လောက် ထောက်ပံ့ပေးလဲ", expected: ["m13"] },
  { lang: "my", question: "မြန်မာမှာ AI နဲ့ အဝေးထိန်းဆေးကုသမှု စနစ် အကောင်အထည်ဖော်ပြီးပြီ၊ ပံ့ပိုးမှု လျှောက်လို့ရလား", expected: ["m14"] },
  { lang: "my", question: "PFlops 100 ကျော် တွက်ချက်မှုစင်တာ ဆောက်မယ်ဆိုရင် ဘာအကူအညီတွေ ရမလဲ", expected: ["m15"] },
  { lang: "my", question: "လျှပ်စစ်မီးခ အရမ်းများတယ်၊ စိမ်းလန်းစွမ်းအင် ဈေးသက်သာတာ ရှိလား", expected: ["m16"] },
  { lang: "my", question: "အမှုဆောင်အရာရှိ အသစ်ခန့်ရင် လစာဆုငွေ ရှိလား", expected: ["m17"] },
  { lang: "my", question: "လစာမြင့် AI အင်ဂျင်နီယာ ခန့်ရင် ဆုငွေ ဘယ်နှရာခိုင်နှုန်းရလဲ", expected: ["m18"] },
  { lang: "my", question: "AI ကုမ္ပဏီတွေ ဝင်ငွေခွန် ကင်းလွတ်ခွင့် ဘယ်နှနှစ်ရလဲ", expected: ["m19"] },
  { lang: "my", question: "ဘဏ်ချေးငွေ အတိုးထောက်ပံ့မှု ရှိလား", expected: ["m21"] },
  { lang: "my", question: "စင်တာထဲမှာ အခမဲ့ ရုံးခန်း ရနိုင်လား", expected: ["m01"] },
  { lang: "my", question: "ကုမ္ပဏီ ဝင်ငွေခွန် လျှော့ပေးမလား", expected: ["m19"] },
  { lang: "my", question: "AI ရန်ပုံငွေက startup တွေကို ရင်းနှီးမြှုပ်နှံပေးလား", expected: ["m20"] },
  { lang: "my", question: "အစိုးရ ရန်ပုံငွေ လျှောက်ဖို့ စင်တာက ကူညီပေးနိုင်လား", expected: ["m22"] },
  { lang: "my", question: "ရုံးခန်း ငှားခ မပေးရဘဲ ရနိုင်မလား", expected: ["m01"] },
  { lang: "my", question: "ချေးငွေ အတိုး ထောက်ပံ့ပေးလား", expected: ["m21"] },
  { lang: "my", question: "ဒီမူဝါဒ သက်တမ်း ဘယ်အချိန်ထိလဲ", general: "validity" },
  { lang: "my", question: "ဘယ်ဌာနက အဓိပ္ပာယ်ဖွင့်ဆိုတာလဲ", general: "interpret" },
];

/** Every question, grouped by language in the order of `LANGS`. */
export const EVAL_SET: readonly EvalCase[] = [...zh, ...en, ...vi, ...th, ...id, ...ms, ...fil, ...km, ...lo, ...my];

/** True when `c` is about one or two measures rather than the policy as a whole. */
export function isMeasureCase(c: EvalCase): c is MeasureCase {
  return "expected" in c;
}
