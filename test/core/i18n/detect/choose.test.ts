import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { chooseLanguage, visibleLength } from "../../../../core/i18n/detect/index.ts";
import { LANGS } from "../../../../core/i18n/langs.ts";
import { SAMPLES } from "./samples.ts";

const SHORT_REPLIES = ["ok", "ya", "2", "yes", "OK!", "thx", "好的", "ครับ", "ừ", "Terima kasih", "salamat po", "m09", "AI startup"];

describe("a language the user chose", () => {
  it("stays whatever the user then writes", () => {
    for (const lang of LANGS) {
      for (const other of LANGS) {
        const text = SAMPLES[other][0]!;
        expect(chooseLanguage({ current: lang, chosenExplicitly: true, text })).toEqual({ lang, changed: false });
      }
    }
  });

  it("wins over the platform hint", () => {
    expect(chooseLanguage({ current: "ms", chosenExplicitly: true, platformHint: "id", text: "Apakah kantor ini gratis untuk perusahaan kami?" })).toEqual({
      lang: "ms",
      changed: false,
    });
  });

  it("is not switched by short replies", () => {
    for (const text of SHORT_REPLIES) {
      expect(chooseLanguage({ current: "vi", chosenExplicitly: true, text }), text).toEqual({ lang: "vi", changed: false });
    }
  });
});

describe("a language we inferred", () => {
  it("switches when the user writes a clear sentence in another language", () => {
    expect(chooseLanguage({ current: "en", text: "Apakah ada subsidi bunga untuk pinjaman bank?" })).toEqual({ lang: "id", changed: true });
    expect(chooseLanguage({ current: "en", text: "Adakah syarikat dari Malaysia boleh dapat sokongan?" })).toEqual({ lang: "ms", changed: true });
    expect(chooseLanguage({ current: "zh", text: "Thuê văn phòng miễn phí được bao lâu ạ?" })).toEqual({ lang: "vi", changed: true });
    expect(chooseLanguage({ current: "en", text: "我们是一家做AI的初创公司，想问一下启动资金怎么申请" })).toEqual({ lang: "zh", changed: true });
  });

  it("switches to the language of most realistic long messages", () => {
    for (const lang of LANGS) {
      const start = lang === "en" ? "zh" : "en";
      const long = SAMPLES[lang].filter((m) => visibleLength(m) >= 20);
      const switched = long.filter((text) => chooseLanguage({ current: start, text }).lang === lang);
      expect(switched.length / long.length, lang).toBeGreaterThanOrEqual(0.9);
    }
  });

  it("stays on short replies, in any script", () => {
    for (const text of SHORT_REPLIES) {
      expect(chooseLanguage({ current: "fil", text }), text).toEqual({ lang: "fil", changed: false });
    }
  });

  it("stays on a short Chinese, Thai or Burmese message though its script is certain", () => {
    expect(chooseLanguage({ current: "en", text: "算力券怎么领" })).toEqual({ lang: "en", changed: false });
    expect(chooseLanguage({ current: "en", text: "เช่าสำนักงานฟรีได้กี่ปีคะ" })).toEqual({ lang: "en", changed: false });
    expect(chooseLanguage({ current: "en", text: "ရုံးခန်းကို အခမဲ့ ငှားလို့ရလား" })).toEqual({ lang: "en", changed: false });
  });

  it("stays Malay on an Indonesian-looking sentence without a telling word", () => {
    // Neither standard's marker words appear, so the detector flags Malay as a close call.
    expect(chooseLanguage({ current: "ms", text: "Berapa lama masa untuk proses ini?" })).toEqual({ lang: "ms", changed: false });
    expect(chooseLanguage({ current: "id", text: "Berapa lama masa untuk proses ini?" })).toEqual({ lang: "id", changed: false });
  });

  it("moves between Malay and Indonesian when the words are clear", () => {
    expect(chooseLanguage({ current: "id", text: "Macam mana nak mohon ruang pejabat percuma?" })).toEqual({ lang: "ms", changed: true });
    expect(chooseLanguage({ current: "ms", text: "Gimana caranya dapat kantor gratis buat perusahaan kami?" })).toEqual({ lang: "id", changed: true });
  });

  it("counts what the reader sees as characters, not bytes or code points", () => {
    // 17 Thai characters, written with 25 code points (vowel and tone marks) in 75 bytes.
    const text = "เช่าสำนักงานฟรีได้กี่ปีคะ";
    expect(new TextEncoder().encode(text).length).toBeGreaterThan(20);
    expect([...text].length).toBeGreaterThan(20);
    expect(visibleLength(text)).toBe(17);
    expect(chooseLanguage({ current: "en", text }).lang).toBe("en");
  });
});

describe("the platform hint", () => {
  it("sets the language when nothing else is known", () => {
    expect(chooseLanguage({ platformHint: "vi", text: "ok" })).toEqual({ lang: "vi", changed: true });
    expect(chooseLanguage({ platformHint: "in", text: "2" })).toEqual({ lang: "id", changed: true });
    expect(chooseLanguage({ platformHint: "tl", text: "hello" })).toEqual({ lang: "fil", changed: true });
  });

  it("gives way to a clear message in another language", () => {
    expect(chooseLanguage({ platformHint: "en-US", text: "Thuê văn phòng miễn phí được bao lâu ạ?" })).toEqual({ lang: "vi", changed: true });
  });

  it("is ignored once a language has been inferred", () => {
    expect(chooseLanguage({ current: "th", platformHint: "en", text: "ok" })).toEqual({ lang: "th", changed: false });
  });

  it("keeps a Malaysian on Malay when a neutral sentence could be either", () => {
    expect(chooseLanguage({ platformHint: "ms", text: "Berapa lama masa untuk proses ini?" }).lang).toBe("ms");
  });

  it("is ignored when it names a language we do not speak", () => {
    expect(chooseLanguage({ platformHint: "de", text: "How do I apply for the free office space?" }).lang).toBe("en");
  });
});

describe("the first message with nothing known", () => {
  it("takes the language of the message, even a short one in a decisive script", () => {
    expect(chooseLanguage({ text: "你好" })).toEqual({ lang: "zh", changed: true });
    expect(chooseLanguage({ text: "Paano po mag-apply para sa libreng opisina?" })).toEqual({ lang: "fil", changed: true });
  });

  it("takes the language of a short greeting, thanks or clause reference", () => {
    for (const [text, lang] of [["xin chào", "vi"], ["salamat po", "fil"], ["hello po", "fil"], ["makasih ya", "id"], ["selamat petang", "ms"], ["Pasal 21", "id"], ["Seksyen 21", "ms"], ["Sugnay 21", "fil"], ["pajak", "id"], ["cukai", "ms"], ["สวัสดีครับ", "th"], ["ສະບາຍດີ", "lo"], ["ជំរាបសួរ", "km"], ["မင်္ဂလာပါ", "my"]] as const) {
      expect(chooseLanguage({ text }).lang, text).toBe(lang);
    }
  });

  it("takes Vietnamese typed without accents as Vietnamese", () => {
    expect(chooseLanguage({ text: "van phong o trung tam co mien phi khong" }).lang).toBe("vi");
    expect(chooseLanguage({ text: "vay ngan hang duoc ho tro lai suat bao nhieu" }).lang).toBe("vi");
    expect(chooseLanguage({ text: "thue GPU train model co duoc ho tro ko" }).lang).toBe("vi");
  });

  it("keeps English with figures and abbreviations English, not Filipino", () => {
    for (const text of ["I'm hiring an ML engineer at 600k RMB a year", "Our CTO earns 1.2M CNY p.a., any reward?", "200 PFlops DC in Q3, what support?"]) {
      expect(chooseLanguage({ text }).lang, text).toBe("en");
    }
  });

  it("falls back to English when the message says nothing", () => {
    expect(chooseLanguage({ text: "ok" })).toEqual({ lang: "en", changed: true });
    expect(chooseLanguage({ text: "" })).toEqual({ lang: "en", changed: true });
  });
});

describe("chooseLanguage robustness", () => {
  it("never throws and always answers one of the ten languages", () => {
    fc.assert(
      fc.property(
        fc.option(fc.constantFrom(...LANGS), { nil: undefined }),
        fc.boolean(),
        fc.option(fc.string({ maxLength: 12 }), { nil: undefined }),
        fc.string({ unit: "binary", maxLength: 200 }),
        (current, chosenExplicitly, platformHint, text) => {
          const r = chooseLanguage({ current, chosenExplicitly, platformHint, text });
          expect(LANGS).toContain(r.lang);
          expect(r.changed).toBe(r.lang !== current);
          if (current && chosenExplicitly) expect(r.lang).toBe(current);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("never switches an inferred language on a message under 20 characters", () => {
    fc.assert(
      fc.property(fc.constantFrom(...LANGS), fc.string({ unit: "grapheme", maxLength: 19 }), (current, text) => {
        fc.pre(visibleLength(text) < 20);
        expect(chooseLanguage({ current, text }).lang).toBe(current);
      }),
      { numRuns: 300 },
    );
  });
});

describe("a message that carries no language", () => {
  it("keeps the conversation's language", () => {
    for (const current of ["vi", "th", "ms", "fil", "km", "my"] as const) {
      for (const text of ["500", "m04", "ok", "GPU", "2"]) expect(chooseLanguage({ current, text }).lang, `${current}: ${text}`).toBe(current);
    }
  });

  it("leaves 'terima kasih' to the platform's language or the conversation so far", () => {
    expect(chooseLanguage({ platformHint: "ms", text: "terima kasih" }).lang).toBe("ms");
    expect(chooseLanguage({ platformHint: "id", text: "terima kasih" }).lang).toBe("id");
    expect(chooseLanguage({ current: "ms", text: "terima kasih banyak-banyak" }).lang).toBe("ms");
    expect(chooseLanguage({ current: "id", text: "terima kasih" }).lang).toBe("id");
  });
});
