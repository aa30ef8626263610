/**
 * Filipino text of the 22 measures. Faithful to the Chinese clauses in
 * core/rules/measures; terms follow core/i18n/glossary.md. Like everyday
 * Filipino business writing, technical terms stay in English where Filipinos
 * use them so (startup, data center, R&D). Amounts, rates and durations are
 * `{placeholders}` filled from the rules core.
 */
import type { MeasureTexts } from "./types.ts";

/** The measures in Filipino. */
export const fil: MeasureTexts = {
  m01: {
    title: "Opisinang walang upa",
    summary:
      "Ang mga kumpanya at team na pumasok sa showcase center ng Center, sa China–ASEAN Geographic Information and Satellite Application Industrial Park o sa China–ASEAN New Smart City Collaborative Innovation Center ay maaaring makakuha ng opisinang handa nang gamitin (move-in ready) nang walang upa. Hanggang {areaPerPerson} bawat tao at hanggang {areaCap} sa kabuuan ang maaaring ibigay, sa loob ng hindi bababa sa {minTermYears}. Ang mga AI manufacturing na kumpanyang umuupa ng standard na pabrika para sa produksyon ay maaaring makakuha ng hiwalay na espesyal na suporta.",
    keywords: ["opisina", "libreng opisina", "upa", "libreng upa", "walang upa", "renta", "office space", "workspace", "puwesto", "mesa", "coworking", "move-in ready", "pabrika", "bodega", "office", "incubator"],
  },
  m02: {
    title: "Pondong pansimula para sa mga talent team",
    summary:
      "Ang mga innovation talent team na pumasok sa Center ay maaaring makakuha ng pondong pansimula sa negosyo: hanggang {startupCap} para sa start-up team, hanggang {highLevelCap} para sa high-level team at hanggang {leadingCap} para sa leading team. Ang antas ng team at ang halaga ay itinatakda kapag sinuri ang aplikasyon.",
    keywords: ["puhunan", "pondo", "pondong pansimula", "startup funding", "seed money", "grant", "tulong pinansyal", "pera", "talent team", "founder", "negosyante", "startup", "magsimula ng negosyo", "kapital", "subsidiya"],
  },
  m03: {
    title: "Talent apartment at libreng tuluyan para sa mga graduate",
    summary:
      "Ang mga kumpanya at team na pumasok sa Center ay maaaring makakuha ng libreng upa sa talent apartment para sa kanilang mga executive at pangunahing technical staff, nang hanggang {apartmentYears} at para sa hanggang {apartmentPlacesCap}. Ang mga nagtapos sa kolehiyo na walang household registration (hukou) sa urban na distrito ng Nanning, na nagtapos sa loob ng {graduateWindowYears}, at naghahanap ng trabaho sa isang AI company ng Center ay maaaring mag-apply ng libreng tuluyan sa talent station nang hanggang {stationNights}. Ang pagbili ng bahay ng mga talent ay sinusuportahan ayon sa umiiral na patakaran.",
    keywords: ["pabahay", "apartment", "tirahan", "matutuluyan", "libreng tirahan", "dormitoryo", "bahay", "upa sa bahay", "graduate", "bagong graduate", "naghahanap ng trabaho", "talent station", "libreng tuluyan", "bumili ng bahay", "hukou"],
  },
  m04: {
    title: "Booth sa showcase at mga launch event",
    summary:
      "Ang mga AI company at industry organization na gumagamit ng showcase center ng Center para sa promosyon, paglulunsad ng bagong produkto o project roadshow ay maaaring makakuha ng libreng booth nang hanggang {boothMonths}. Para sa malalaking paglulunsad ng teknikal na solusyon at smart product, project roadshow at katulad na event, ang suporta ay {eventRate} ng aktwal na gastos sa event, hanggang {eventCap}.",
    keywords: ["booth", "libreng booth", "exhibit", "eksibit", "showcase", "product launch", "paglulunsad", "roadshow", "promosyon", "marketing", "demo", "pitch", "event", "press conference"],
  },
  m05: {
    title: "Dagdag na suporta para sa mga kumpanyang ASEAN",
    summary:
      "Ang mga foreign-invested na kumpanya o team mula sa mga bansang ASEAN na pumasok sa Center ay maaaring makatanggap ng suporta sa opisina, pondong pansimula, pabahay at showcase (ang unang apat na hakbang) na hanggang {multiplier} ang laki kumpara sa karaniwan. Ang aktwal na dagdag ay nakadepende sa tunay na kalagayan at pinagpapasyahan kada kaso.",
    keywords: ["ASEAN", "ASEAN company", "kumpanyang ASEAN", "dayuhang kumpanya", "foreign company", "foreign investment", "dobleng suporta", "doble", "Pilipinas", "Philippines", "Vietnam", "Thailand", "Indonesia", "Malaysia", "Singapore", "Cambodia", "Laos", "Myanmar"],
  },
  m06: {
    title: "Mataas na kalidad na dataset",
    summary:
      "Ang mga kumpanya, unibersidad, research institute at iba pa na bumubuo ng mataas na kalidad na dataset (kasama ang corpus) sa pamamagitan ng pangongolekta, paglilinis, pag-label at pagsusuri ng data ay maaaring makakuha ng gantimpalang hanggang {cap}. Ang mga dataset ay minamarkahan ayon sa uri ng data, laki, kalidad, at pagiging bukas at pagbabahagi, at ang marka ang nagtatakda ng gantimpala.",
    keywords: ["dataset", "data", "corpus", "data labeling", "pag-label ng data", "annotation", "paglilinis ng data", "pangongolekta ng data", "training data", "de-kalidad na data", "open data", "gantimpala", "premyo", "unibersidad", "research institute"],
  },
  m07: {
    title: "Mga produkto mula sa pampublikong data ng Nanning",
    summary:
      "Hinihikayat ang mga kumpanya, unibersidad, research institute at iba pa na gamitin at paunlarin ang pampublikong data ng Nanning sa pamamagitan ng authorized operation platform ng pampublikong data ng Nanning. Ang mga makabubuo ng mataas na kalidad na data product o data service ay maaaring makakuha ng gantimpalang hanggang {cap}.",
    keywords: ["pampublikong data", "public data", "data ng gobyerno", "open data", "data ng Nanning", "data product", "data service", "data platform", "data integration", "paggamit ng data", "gantimpala", "API"],
  },
  m08: {
    title: "R&D sa susi at pangunahing teknolohiya",
    summary:
      "Nagtayo ang Nanning ng espesyal na programa sa AI science and technology at hinihikayat ang mga AI company ng China at ASEAN na magtayo ng R&D center sa Center. Ang lokal na R&D sa makabagong teknolohiya at ang komersyalisasyon nito, sa mga larangan gaya ng model development, mahusay na pagproseso ng data, AI chip, seguridad ng data sa pagitan ng mga bansa at embodied intelligence, ay maaaring suportahan nang hanggang {projectCap} bawat proyekto kapag naaprubahan ang proyekto.",
    keywords: ["R&D", "pananaliksik", "research", "research and development", "pangunahing teknolohiya", "tech project", "AI chip", "chip", "embodied AI", "robot", "robotics", "large model", "LLM", "R&D center", "data security", "pondo sa proyekto", "inobasyon"],
  },
  m09: {
    title: "Compute voucher at corpus voucher",
    summary:
      "Taun-taon, hanggang {computePool} na compute voucher ang inilalabas para sa mga kumpanya, unibersidad, research institute at iba pang bumibili ng computing service ng Center: ang gantimpala ay {computeRate} ng aktwal na halagang binayaran para sa nagamit na computing power, hanggang {computeCap} bawat taon. Taun-taon din, hanggang {corpusPool} na corpus voucher ang inilalabas para sa pagbili ng corpus mula sa hindi kaugnay na partido para sa model development at aplikasyon: ang gantimpala ay {corpusRate} ng aktwal na halaga ng transaksyon, hanggang {corpusCap}.",
    keywords: ["compute voucher", "voucher", "computing power", "GPU", "upa ng GPU", "cloud computing", "cloud", "model training", "pag-train ng model", "corpus", "corpus voucher", "training data", "bumili ng data", "kupon", "gastos sa compute", "fine-tuning"],
  },
  m10: {
    title: "Mga huwarang application scenario",
    summary:
      "Taun-taon ay pumipili ng mga huwarang demonstration scenario ng \"AI+\" sa kultura at turismo, manufacturing, pananalapi, transportasyon, agrikultura, kalusugan, edukasyon, pamamahalang panlipunan at iba pang larangan, batay sa pagiging angkop, inobasyon at resulta. Ang bawat napiling scenario ay maaaring makakuha ng gantimpalang hanggang {scenarioCap}, ayon sa laki ng naitayo.",
    keywords: ["application scenario", "use case", "AI+", "paggamit ng AI", "pilot project", "demonstration project", "huwarang proyekto", "deployment", "manufacturing", "kalusugan", "edukasyon", "pananalapi", "agrikultura", "turismo", "transportasyon", "gantimpala"],
  },
  m11: {
    title: "Pag-file ng generative AI model (CAC)",
    summary:
      "Ang mga kumpanyang nakapag-file na ng kanilang generative AI model sa Cyberspace Administration of China (CAC) ay maaaring makakuha ng gantimpalang hanggang {cap}. Ang halaga ay nakabatay sa resulta ng teknikal na pagsusuri ng model (o katumbas na pagtatasa) at sa kaugnay na gastos sa pagsusuri.",
    keywords: ["model filing", "CAC filing", "CAC", "generative AI", "rehistro", "pagpaparehistro", "compliance", "pagsunod", "algorithm filing", "LLM", "pagsusuri ng model", "gantimpala", "lisensya", "chatbot", "permit"],
  },
  m12: {
    title: "AI training para sa mga kalahok mula sa ASEAN",
    summary:
      "Hinihikayat ang lahat ng uri ng training provider na magsagawa ng AI training at hands-on na pagsasanay sa showcase center ng Center para sa mga kawani ng gobyerno, empleyado ng kumpanya at iba pang grupo mula sa mga bansang ASEAN. Ang training provider na nakapagsanay ng hindi bababa sa {minTrainees} sa isang taon ay maaaring makakuha ng gantimpalang hanggang {cap}.",
    keywords: ["training", "pagsasanay", "kurso", "workshop", "AI training", "ASEAN training", "kawani ng gobyerno", "training ng empleyado", "bootcamp", "klase", "pagtuturo", "training center", "seminar", "gantimpala"],
  },
  m13: {
    title: "Mga forum, summit, exhibit at paligsahan",
    summary:
      "Hinihikayat ang pagdaraos ng mga high-end na AI forum, industry summit, trade show, paligsahan at katulad na event na nakatuon sa ASEAN at may impluwensiyang pandaigdig. Ang mga event na kinilala ng Center ay maaaring suportahan ng {rate} ng gastos, hanggang {aseanCap} kung gaganapin sa isang bansang ASEAN at hanggang {centerCap} kung gaganapin sa Center.",
    keywords: ["forum", "summit", "conference", "kumperensya", "exhibit", "expo", "trade show", "paligsahan", "kompetisyon", "hackathon", "event", "pagdaraos ng event", "sponsorship", "ASEAN event"],
  },
  m14: {
    title: "Paggamit ng AI sa mga bansang ASEAN",
    summary:
      "Hinihikayat ang mga kumpanyang pumasok sa Center na makipagtulungan sa mga kumpanya at institusyon ng ASEAN sa joint innovation, model development at aplikasyon, sa mga larangan gaya ng serbisyo ng gobyerno, smart city, internasyonal na komunikasyon, smart agriculture, telemedicine, maagang babala sa sakuna, seguridad, internasyonal na kalakalan, smart education at pamamahala ng enerhiya. Kapag aktwal nang ginagamit ang aplikasyon sa isang bansang ASEAN, maaari itong suportahan ng {rate} ng aktwal na puhunan, hanggang {projectCap}, matapos masuri.",
    keywords: ["ASEAN project", "proyekto sa ASEAN", "pagpapalawak sa ibang bansa", "go global", "export", "Southeast Asia", "Timog-silangang Asya", "ASEAN market", "joint innovation", "pakikipagtulungan", "partner", "smart city", "telemedicine", "smart agriculture", "e-government", "localization"],
  },
  m15: {
    title: "Pagtatayo ng intelligent computing center",
    summary:
      "Hinihikayat ang lahat ng uri ng mamumuhunan na magtayo ng intelligent computing center na nagbibigay ng computing service sa Center. Ang mga bagong proyektong may kapasidad na hindi bababa sa {minPflops} ay binibigyan ng prayoridad na suporta ayon sa kaugnay na patakaran sa lupa, pag-apruba ng proyekto, aplikasyon sa pondo, pangangailangan sa enerhiya at financing.",
    keywords: ["data center", "computing center", "intelligent computing center", "GPU cluster", "magtayo ng data center", "computing power", "imprastraktura", "lupa", "enerhiya", "financing", "pamumuhunan", "investment", "server", "PFlops"],
  },
  m16: {
    title: "Mas mababang gastos sa kuryente gamit ang green power",
    summary:
      "Hinihikayat ang mga computing-power na kumpanya na sumali sa mga pilot ng integrated source-grid-load-storage, micro-grid at direktang suplay ng green power. Sa pamamagitan ng pinagsamang operasyon ng computing at kuryente at ng green power trading, ibinababa ang kanilang gastos sa kuryente. Walang perang ibinibigay; ang paglahok ay nakadepende sa mga pilot na bubuksan.",
    keywords: ["kuryente", "gastos sa kuryente", "bayarin sa kuryente", "singil sa kuryente", "green power", "renewable energy", "enerhiya", "micro-grid", "kuryente ng data center", "presyo ng kuryente", "makatipid sa kuryente", "green energy"],
  },
  m17: {
    title: "Gantimpala para sa mga senior executive",
    summary:
      "Ang mga bagong recruit na executive ng mga pangunahing AI company na pumasok sa Center, na ang sahod ay binabayaran ng kumpanyang iyon, ay maaaring makatanggap ng gantimpalang {rate} ng kanilang sahod pagkatapos ng buwis. Ibinibigay ang gantimpala nang hanggang {years}.",
    keywords: ["executive", "senior manager", "direktor", "CEO", "CTO", "management talent", "mag-recruit ng executive", "sahod", "suweldo", "sahod pagkatapos ng buwis", "bonus", "gantimpala", "insentibo", "headhunting", "kita"],
  },
  m18: {
    title: "Gantimpala para sa high-end na tech talent",
    summary:
      "Ang mga technology-based na AI company na lampas sa itinakdang laki (above designated size) at pumasok sa Center ay maaaring kumuha ng bagong high-end na tech talent na may kabuuang taunang sahod na hindi bababa sa {band1Pay}, {band2Pay} o {band3Pay}. Ang mga bagong kinuhang talent na ito ay makatatanggap ng gantimpalang {band1Rate}, {band2Rate} o {band3Rate} ng sahod pagkatapos ng buwis, ayon sa pagkakasunod, nang hanggang {years}. Ang “lampas sa itinakdang laki” ay nangangahulugang umaabot ang taunang kita ng kumpanya sa hangganang ginagamit ng opisyal na estadistika ng China para ibilang ito sa malalaking kumpanya.",
    keywords: ["engineer", "inhinyero", "AI engineer", "scientist", "siyentipiko", "researcher", "tech talent", "high-end talent", "pag-hire", "recruitment", "sahod", "suweldo", "sahod pagkatapos ng buwis", "bonus", "programmer", "developer"],
  },
  m19: {
    title: "Bawas sa corporate income tax (lokal na bahagi)",
    summary:
      "Ang mga kumpanyang pasok sa kasalukuyang tax incentive ng China–ASEAN Industrial Cooperation Zone o katulad na patakaran ay hindi magbabayad ng lokal na bahagi ng corporate income tax sa unang {fullReliefYears}, at kalahati lamang nito mula sa ika-{halfReliefFromYear} hanggang sa ika-{halfReliefUntilYear} taon. Binibilang ang mga taon mula sa taon ng unang kita sa produksyon o negosyo.",
    keywords: ["buwis", "bawas sa buwis", "tax exemption", "tax break", "tax holiday", "corporate income tax", "income tax", "insentibo sa buwis", "libre sa buwis", "lokal na bahagi", "tax incentive", "magbayad ng buwis", "tax"],
  },
  m20: {
    title: "AI industry fund",
    summary:
      "Ang AI industry fund na may kabuuang laki na {fundSize} ay nagtitipon ng kapital ng estado, pribadong kapital at kapital pampinansyal. Pangunahing sinusuportahan nito ang mga AI company at proyektong nasa yugto ng pagsisimula at paglago, sa pamamagitan ng equity investment na pinagpapasyahan ng fund.",
    keywords: ["investment", "invest", "pamumuhunan", "investor", "mamumuhunan", "venture capital", "VC", "equity", "shares", "pondo", "fund", "puhunan", "fundraising", "angel investor", "Series A", "kapital"],
  },
  m21: {
    title: "Subsidiya sa interes ng pautang",
    summary:
      "Hinihikayat ang mga institusyong pampinansyal na magbigay ng mababang-interes na pautang sa mga AI company, at ang pondo ng gobyerno ay nagbibigay ng subsidiya sa interes na hanggang {maxPoints} ng interest rate ng pautang, ngunit hindi hihigit sa {maxShareOfInterest} ng interes na ibinabayad ng kumpanya sa bangko. Ang bawat kumpanya ay maaaring makatanggap ng subsidiya nang hanggang {maxYears}, at hanggang {totalCap} sa kabuuan.",
    keywords: ["pautang", "loan", "utang", "bank loan", "interes", "subsidiya sa interes", "mababang interes", "interest rate", "credit", "financing", "bangko", "umutang", "gastos sa financing", "kapital"],
  },
  m22: {
    title: "Tulong sa pag-apply ng iba pang pondo",
    summary:
      "Ang mga kumpanyang pumasok sa Center ay buong tutulungan sa pag-apply sa mga preferential na patakaran ng bansa, ng Guangxi at ng Nanning sa buwis, R&D, talent at iba pa. Maaaring isama ang kanilang mga proyekto bilang pangunahing planadong proyekto, at bibigyan sila ng prayoridad sa pag-apply sa mga espesyal na pondo gaya ng treasury bond, special bond at fiscal fund. Ito ay tulong sa aplikasyon, hindi perang gantimpala.",
    keywords: ["mag-apply", "aplikasyon", "pondo ng gobyerno", "grant application", "subsidiya", "special funds", "treasury bond", "special bond", "fiscal fund", "tulong sa aplikasyon", "pangunahing proyekto", "papeles", "dokumento", "patakaran"],
  },
};
