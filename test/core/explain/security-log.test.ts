import { describe, expect, test } from "vitest";
import { SecurityLog, securityEvent, type GuardFailure } from "../../../core/explain/security-log.ts";
import { GuardRejections } from "../../../core/explain/guard-counter.ts";
import { recordingLogger } from "./fixtures.ts";

const failure: GuardFailure = {
  lang: "en",
  measures: ["m02"],
  violations: [
    { code: "quantity", detail: "digit: 10,000,000" },
    { code: "language", detail: "expected en, found th" },
    { code: "quantity", detail: "numeral_word: million" },
  ],
  origin: "model",
  model: "qwen-plus",
  hadQuestion: true,
};

describe("security events", () => {
  test("an event carries codes and counts, and no figures from the text", () => {
    const event = securityEvent(failure);
    expect(event).toEqual({
      event: "llm_guard_rejected",
      lang: "en",
      measures: ["m02"],
      origin: "model",
      model: "qwen-plus",
      hadQuestion: true,
      codes: ["quantity", "language"],
      counts: { quantity: 2, language: 1 },
    });
    expect(JSON.stringify(event)).not.toContain("10,000,000");
  });

  test("details are added only when asked for", () => {
    expect(securityEvent(failure, true).details).toEqual([
      "quantity: digit: 10,000,000",
      "language: expected en, found th",
      "quantity: numeral_word: million",
    ]);
  });

  test("the log writes one warning per rejection", () => {
    const logger = recordingLogger();
    new SecurityLog(logger).guardRejected(failure);
    expect(logger.records).toEqual([{ level: "warn", details: securityEvent(failure), message: expect.stringContaining("rejected") }]);
  });

  test("each rejection is counted once per category, for the metrics", () => {
    const counter = new GuardRejections();
    const log = new SecurityLog(recordingLogger(), { counter });
    log.guardRejected(failure);
    log.guardRejected({ ...failure, violations: [{ code: "link", detail: "url" }] });
    expect(counter.snapshot()).toEqual({ total: 2, byCategory: { quantity: 1, language: 1, link: 1 } });
  });

  test("a logger that throws does not break the answer", () => {
    const broken = {
      info: () => {},
      warn: () => {
        throw new Error("disk full");
      },
    };
    expect(() => new SecurityLog(broken).guardRejected(failure)).not.toThrow();
  });
});
