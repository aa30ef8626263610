import { describe, expect, test } from "vitest";
import { SecurityLog, securityEvent, type GuardFailure } from "../../../core/explain/security-log.ts";
import { recordingLogger } from "./fixtures.ts";

const failure: GuardFailure = {
  lang: "en",
  measures: ["m02"],
  violations: [
    { code: "number", detail: "¥10,000,000 (amount 10000000)" },
    { code: "language", detail: "expected en, found th" },
    { code: "number", detail: "m02: the amount 2000000 is not stated" },
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
      codes: ["number", "language"],
      counts: { number: 2, language: 1 },
    });
    expect(JSON.stringify(event)).not.toContain("10,000,000");
  });

  test("details are added only when asked for", () => {
    expect(securityEvent(failure, true).details).toEqual([
      "number: ¥10,000,000 (amount 10000000)",
      "language: expected en, found th",
      "number: m02: the amount 2000000 is not stated",
    ]);
  });

  test("the log writes one warning per rejection", () => {
    const logger = recordingLogger();
    new SecurityLog(logger).guardRejected(failure);
    expect(logger.records).toEqual([{ level: "warn", details: securityEvent(failure), message: expect.stringContaining("rejected") }]);
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
