/**
 * English text of the 22 measures. Faithful to the Chinese clauses in
 * core/rules/measures; terms follow core/i18n/glossary.md. Amounts, rates and
 * durations are `{placeholders}` filled from the rules core.
 */
import type { MeasureTexts } from "./types.ts";

/** The measures in English. */
export const en: MeasureTexts = {
  m01: {
    title: "Rent-free office space",
    summary:
      "Enterprises and teams that settle in the Center's showcase center, the China–ASEAN Geographic Information and Satellite Application Industrial Park or the China–ASEAN New Smart City Collaborative Innovation Center can get move-in-ready office space with no rent. Each can get up to {areaPerPerson} per person and up to {areaCap} in total, for a support period of at least {minTermYears}. AI manufacturing enterprises that rent standard factory buildings for production may get separate, special support.",
    keywords: ["office", "free office", "office space", "rent-free", "free rent", "rent", "workspace", "desk", "coworking", "move-in ready", "furnished office", "premises", "factory", "workshop", "where to work", "incubator", "startup office", "zero rent"],
  },
  m02: {
    title: "Start-up funding for talent teams",
    summary:
      "Innovation talent teams that settle in the Center can get start-up funding: up to {startupCap} for a start-up team, up to {highLevelCap} for a high-level team and up to {leadingCap} for a leading team. The team's tier and the amount are set when the application is assessed.",
    keywords: ["start-up funding", "startup funding", "seed money", "seed funding", "start-up capital", "grant", "funding", "money", "cash", "talent team", "founder", "entrepreneur", "start a business", "leading talent", "high-level talent", "startup", "subsidy"],
  },
  m03: {
    title: "Talent apartments and graduate stays",
    summary:
      "Enterprises and teams that settle in the Center can get rent-free talent apartment places for their executives and core technical staff, for up to {apartmentYears} and for up to {apartmentPlacesCap}. Graduates without household registration (hukou) in Nanning's urban districts who left school within the last {graduateWindowYears} and come to look for a job at an AI company of the Center may apply for a free stay of up to {stationNights} at the talent station. Talent who buy a home are supported under the policies already in force.",
    keywords: ["housing", "apartment", "flat", "accommodation", "free housing", "rent-free apartment", "dormitory", "talent apartment", "graduate", "job seeker", "job hunting", "free stay", "hostel", "talent station", "place to live", "buy a home", "hukou"],
  },
  m04: {
    title: "Showcase booths and launch events",
    summary:
      "AI enterprises and industry organisations that use the Center's showcase center for promotion, product launches or project roadshows can get a rent-free booth for up to {boothMonths}. For major technical solution launches, smart product launches, project roadshows and similar events, the support is {eventRate} of the actual event spending, up to {eventCap}.",
    keywords: ["booth", "exhibition booth", "showcase", "stand", "display", "product launch", "launch event", "roadshow", "demo day", "pitch", "promotion", "marketing", "exhibit", "free booth", "event subsidy", "press conference"],
  },
  m05: {
    title: "Extra support for ASEAN enterprises",
    summary:
      "Foreign-invested enterprises and teams from ASEAN countries that settle in the Center can get up to {multiplier} the support for office space, start-up funding, housing and showcases described in the first four measures. How much of it applies depends on the actual circumstances and is decided case by case.",
    keywords: ["ASEAN", "ASEAN company", "foreign company", "foreign-invested", "foreign investment", "overseas company", "double support", "twice", "Vietnam", "Thailand", "Indonesia", "Malaysia", "Philippines", "Singapore", "Cambodia", "Laos", "Myanmar", "Brunei"],
  },
  m06: {
    title: "High-quality datasets",
    summary:
      "Enterprises, universities, research institutes and others that build high-quality datasets (including corpora) by collecting, cleaning, labelling and evaluating data can get a reward of up to {cap}. Datasets are graded by data type, scale, quality, openness and sharing, and the grade sets the reward.",
    keywords: ["dataset", "data set", "data", "corpus", "data labeling", "data labelling", "annotation", "data cleaning", "training data", "high-quality data", "open data", "data collection", "data sharing", "reward", "university", "research institute"],
  },
  m07: {
    title: "Products from Nanning public data",
    summary:
      "Enterprises, universities, research institutes and others are encouraged to develop and use Nanning's public data resources through the Nanning public data authorised operation platform. Those that produce high-quality data products or data services can get a reward of up to {cap}.",
    keywords: ["public data", "government data", "open data", "Nanning data", "data product", "data service", "data platform", "authorised operation", "data fusion", "data application", "reward", "API", "city data"],
  },
  m08: {
    title: "Key and core technology R&D",
    summary:
      "Nanning has set up a special AI science and technology programme and invites Chinese and ASEAN AI enterprises to set up R&D centres at the Center. Local frontier R&D and its commercialisation, in fields such as model development, efficient data processing, AI chips, cross-border data security and embodied intelligence, can be supported with up to {projectCap} per project once the project is approved.",
    keywords: ["R&D", "research", "research and development", "key technology", "core technology", "tech project", "AI chip", "chip", "embodied AI", "robot", "robotics", "large model", "LLM", "R&D center", "data security", "project funding", "grant", "innovation"],
  },
  m09: {
    title: "Compute and corpus vouchers",
    summary:
      "Each year up to {computePool} in compute vouchers are issued to enterprises, universities, research institutes and others that buy computing services of the Center: the reward is {computeRate} of the amount actually settled for the computing power used, up to {computeCap} a year. Each year up to {corpusPool} in corpus vouchers are issued for buying corpora from unrelated parties for model development and applications: the reward is {corpusRate} of the actual transaction amount, up to {corpusCap}.",
    keywords: ["compute voucher", "computing power", "GPU", "GPU rental", "cloud computing", "compute", "model training", "training", "corpus", "corpus voucher", "training data", "buy data", "voucher", "coupon", "AI training", "computing cost", "cloud", "fine-tuning"],
  },
  m10: {
    title: "Benchmark application scenarios",
    summary:
      "Benchmark demonstration scenarios of \"AI+\" in culture and tourism, manufacturing, finance, transport, agriculture, healthcare, education, social governance and other fields are selected every year, judged on applicability, innovation and results. Each selected scenario can get a reward of up to {scenarioCap}, according to the scale of what was built.",
    keywords: ["application scenario", "use case", "AI+", "AI plus", "demonstration project", "pilot project", "benchmark", "deployment", "manufacturing", "healthcare", "education", "finance", "agriculture", "tourism", "transport", "governance", "reward"],
  },
  m11: {
    title: "Generative AI model filing (CAC)",
    summary:
      "Enterprises whose generative AI model has completed the filing with the Cyberspace Administration of China (CAC) can get a reward of up to {cap}. The amount depends on the model's technical evaluation (or equivalent assessment) and the related evaluation costs.",
    keywords: ["model filing", "CAC filing", "CAC", "generative AI", "registration", "compliance", "algorithm filing", "large model filing", "LLM registration", "cyberspace administration", "model evaluation", "reward", "approval", "license", "chatbot"],
  },
  m12: {
    title: "AI training for ASEAN participants",
    summary:
      "Training providers of all kinds are encouraged to run AI training and hands-on courses at the Center's showcase center for civil servants, company staff and other groups from ASEAN countries. A provider that trains at least {minTrainees} in a year can get a reward of up to {cap}.",
    keywords: ["training", "course", "workshop", "AI training", "ASEAN training", "civil servants", "staff training", "bootcamp", "class", "teaching", "training center", "capacity building", "hands-on", "reward"],
  },
  m13: {
    title: "Forums, summits, exhibitions and contests",
    summary:
      "High-end AI forums, industry summits, trade shows, competitions and similar events aimed at ASEAN and with international influence are encouraged. Events recognised by the Center can be supported with {rate} of their costs, up to {aseanCap} when held in an ASEAN country and up to {centerCap} when held at the Center.",
    keywords: ["forum", "summit", "conference", "exhibition", "expo", "trade show", "competition", "contest", "hackathon", "event", "ASEAN event", "event sponsorship", "event subsidy", "host an event"],
  },
  m14: {
    title: "AI deployments in ASEAN countries",
    summary:
      "Enterprises settled in the Center are encouraged to work with ASEAN enterprises and institutions on joint innovation, model development and applications, in fields such as government services, smart cities, international communication, smart agriculture, telemedicine, disaster warning, security, international trade, smart education and energy management. Once an application is in real use in an ASEAN country, it can get {rate} of the actual investment, up to {projectCap}, after assessment.",
    keywords: ["ASEAN project", "overseas deployment", "go global", "going abroad", "export", "Southeast Asia", "ASEAN market", "joint innovation", "cooperation", "partner", "smart city", "telemedicine", "smart agriculture", "e-government", "localization", "expansion"],
  },
  m15: {
    title: "Intelligent computing centers",
    summary:
      "Investors of all kinds are encouraged to build intelligent computing centers that provide computing services to the Center. New projects of at least {minPflops} get priority support under the relevant policies for land, project approval, funding applications, energy needs and financing.",
    keywords: ["data center", "computing center", "intelligent computing center", "AIDC", "GPU cluster", "build a data center", "computing power", "infrastructure", "land", "energy", "financing", "investment", "server", "PFlops"],
  },
  m16: {
    title: "Lower electricity costs with green power",
    summary:
      "Computing-power enterprises are encouraged to join pilots for integrated source-grid-load-storage, micro-grids and direct green power supply. Combined computing and power operations and green power trading are meant to lower their electricity costs. There is no cash award; taking part depends on the pilots that are opened.",
    keywords: ["electricity", "power cost", "electricity bill", "energy", "green power", "green electricity", "renewable energy", "power price", "micro-grid", "data center power", "energy cost", "utility", "power supply"],
  },
  m17: {
    title: "Rewards for senior executives",
    summary:
      "Key AI enterprises settled in the Center that newly bring in managers for executive posts, and pay them themselves, can have those executives rewarded with {rate} of their after-tax pay. The reward lasts for up to {years}.",
    keywords: ["executive", "senior manager", "CEO", "CTO", "COO", "management talent", "recruit an executive", "salary", "after-tax pay", "bonus", "reward", "talent subsidy", "hire", "headhunting", "income"],
  },
  m18: {
    title: "Rewards for high-end tech talent",
    summary:
      "Technology-based AI enterprises above designated size settled in the Center may newly hire high-end tech talent with total annual pay of at least {band1Pay}, {band2Pay} or {band3Pay}. Such talent get a pay reward of {band1Rate}, {band2Rate} or {band3Rate} of their after-tax pay respectively, for up to {years}. “Above designated size” means the company’s annual revenue reaches the threshold that China’s official statistics use to count larger enterprises.",
    keywords: ["engineer", "scientist", "AI engineer", "researcher", "tech talent", "high-end talent", "hire", "recruitment", "salary", "pay", "after-tax pay", "talent reward", "bonus", "algorithm engineer", "PhD", "developer"],
  },
  m19: {
    title: "Corporate income tax relief (local share)",
    summary:
      "Enterprises that meet the current tax preference terms of the China–ASEAN Industrial Cooperation Zone or similar rules pay no local share of corporate income tax for the first {fullReliefYears}, and half of it from year {halfReliefFromYear} to year {halfReliefUntilYear}. The years count from the year of the first production or business revenue.",
    keywords: ["tax", "tax relief", "tax exemption", "tax break", "corporate income tax", "CIT", "income tax", "tax reduction", "tax holiday", "local share", "tax incentive", "tax preference", "tax-free", "pay less tax"],
  },
  m20: {
    title: "AI industry fund",
    summary:
      "An AI industry fund with a total size of {fundSize} brings together state, private and financial capital. It mainly supports start-up and growth-stage AI enterprises and projects, by equity investment that the fund decides on.",
    keywords: ["investment", "investor", "venture capital", "VC", "equity", "fund", "industry fund", "financing", "raise money", "fundraising", "angel investment", "Series A", "capital", "startup investment", "shares"],
  },
  m21: {
    title: "Loan interest subsidies",
    summary:
      "Financial institutions are encouraged to offer AI enterprises low-interest loans, and public funds subsidise the interest by up to {maxPoints} of the loan rate, but by no more than {maxShareOfInterest} of the interest the enterprise pays the bank. Each enterprise can get the subsidy for up to {maxYears}, and up to {totalCap} in total.",
    keywords: ["loan", "bank loan", "interest", "interest subsidy", "low interest", "cheap loan", "financing", "credit", "borrow money", "debt", "financing cost", "bank", "interest rate", "subsidised loan"],
  },
  m22: {
    title: "Help applying for other funding",
    summary:
      "Enterprises settled in the Center get full help applying for national, Guangxi and Nanning preferential policies on tax, R&D, talent and more. Their projects can be listed as key planned projects, and they get priority when applying for special funds such as treasury bonds, special bonds and fiscal funds. This is help with applications, not a cash award.",
    keywords: ["apply", "application", "government funding", "subsidy application", "grant application", "special funds", "treasury bonds", "special bonds", "fiscal funds", "policy application", "help applying", "key project", "national policy", "paperwork"],
  },
};
