import { describe, expect, test } from "vitest";
import { createChatModel, createExplainer, llmConfigFromEnv, LlmConfigError, redactBaseUrl } from "../../../core/explain/config.ts";
import { LlmExplainer } from "../../../core/explain/llm-explainer.ts";
import { TemplateExplainer } from "../../../core/explain/template-explainer.ts";
import { recordingLogger } from "./fixtures.ts";

function configError(env: Record<string, string>): LlmConfigError {
  try {
    llmConfigFromEnv(env);
  } catch (e) {
    if (e instanceof LlmConfigError) return e;
    throw e;
  }
  throw new Error("expected an LlmConfigError");
}

describe("reading the LLM configuration", () => {
  test("no LLM variables means no LLM", () => {
    expect(llmConfigFromEnv({})).toBeNull();
    expect(llmConfigFromEnv({ LLM_BASE_URL: "  ", LLM_MODEL: "" })).toBeNull();
  });

  test("a base URL and a model are enough; the timeout defaults to 8 seconds", () => {
    expect(llmConfigFromEnv({ LLM_BASE_URL: "http://127.0.0.1:11434/v1", LLM_MODEL: "qwen2.5:7b" })).toEqual({
      baseUrl: "http://127.0.0.1:11434/v1",
      apiKey: undefined,
      model: "qwen2.5:7b",
      timeoutMs: 8_000,
    });
  });

  test("every variable is read and trimmed", () => {
    const env = { LLM_BASE_URL: " https://dashscope.aliyuncs.com/compatible-mode/v1 ", LLM_API_KEY: "sk-1", LLM_MODEL: "qwen-plus", LLM_TIMEOUT_MS: "5000" };
    expect(llmConfigFromEnv(env)).toEqual({ baseUrl: "https://dashscope.aliyuncs.com/compatible-mode/v1", apiKey: "sk-1", model: "qwen-plus", timeoutMs: 5_000 });
  });

  test("a malformed URL names LLM_BASE_URL", () => {
    const e = configError({ LLM_BASE_URL: "dashscope.aliyuncs.com", LLM_MODEL: "qwen-plus" });
    expect(e.variable).toBe("LLM_BASE_URL");
    expect(e.code).toBe("LLM_CONFIG_INVALID");
    expect(e.message).toMatch(/^LLM_BASE_URL: must be an http\(s\) URL/);
  });

  test("a URL of another scheme names LLM_BASE_URL", () => {
    expect(configError({ LLM_BASE_URL: "ftp://example.org/v1", LLM_MODEL: "m" }).variable).toBe("LLM_BASE_URL");
  });

  test("a timeout that is not a whole number of milliseconds, or out of range, names LLM_TIMEOUT_MS", () => {
    for (const LLM_TIMEOUT_MS of ["8s", "1.5", "50", "600000"]) {
      expect(configError({ LLM_BASE_URL: "http://127.0.0.1:8000/v1", LLM_MODEL: "m", LLM_TIMEOUT_MS }).variable).toBe("LLM_TIMEOUT_MS");
    }
  });

  test("a model without a URL names LLM_BASE_URL, a URL without a model names LLM_MODEL", () => {
    expect(configError({ LLM_MODEL: "deepseek-chat" }).variable).toBe("LLM_BASE_URL");
    expect(configError({ LLM_API_KEY: "sk-1" }).variable).toBe("LLM_BASE_URL");
    expect(configError({ LLM_BASE_URL: "https://api.deepseek.com/v1" }).variable).toBe("LLM_MODEL");
  });

  test("the error never repeats the key", () => {
    const e = configError({ LLM_API_KEY: "sk-very-secret" });
    expect(e.message).not.toContain("sk-very-secret");
  });
});

describe("choosing the explainer", () => {
  test("without configuration the template explainer is used, and the start-up log says so", async () => {
    const logger = recordingLogger();
    expect(await createExplainer({}, { logger })).toBeInstanceOf(TemplateExplainer);
    expect(logger.records).toEqual([expect.objectContaining({ level: "info", details: { explainer: "template" } })]);
  });

  test("with configuration the LLM explainer is used, logged without the key or URL credentials", async () => {
    const logger = recordingLogger();
    const env = { LLM_BASE_URL: "https://user:pw@llm.example.org/v1?token=abc", LLM_API_KEY: "sk-very-secret", LLM_MODEL: "sea-lion" };
    expect(await createExplainer(env, { logger })).toBeInstanceOf(LlmExplainer);
    const logged = JSON.stringify(logger.records);
    expect(logged).not.toContain("sk-very-secret");
    expect(logged).not.toContain("pw@");
    expect(logged).not.toContain("token=abc");
    expect(logger.records[0]!.details).toMatchObject({ explainer: "llm", baseUrl: "https://llm.example.org/v1", model: "sea-lion" });
  });

  test("a malformed configuration fails the start rather than silently dropping the LLM", async () => {
    await expect(createExplainer({ LLM_BASE_URL: "not a url", LLM_MODEL: "m" })).rejects.toThrow(LlmConfigError);
  });

  // The single retry is shown over HTTP (a 500 is asked twice) in llm-explainer.http.test.ts.
  test("the chat model points at the configured endpoint with the configured timeout", async () => {
    const model = await createChatModel({ baseUrl: "http://127.0.0.1:9/v1", apiKey: undefined, model: "m", timeoutMs: 1_000 });
    expect(model.model).toBe("m");
    expect(model.timeout).toBe(1_000);
    expect(model.clientConfig.baseURL).toBe("http://127.0.0.1:9/v1");
  });

  test("URLs are logged without credentials", () => {
    expect(redactBaseUrl("https://a:b@host:8443/compatible-mode/v1?x=1#y")).toBe("https://host:8443/compatible-mode/v1");
  });
});

test("a timeout the server's configuration already parsed as a number is accepted", () => {
  expect(llmConfigFromEnv({ LLM_BASE_URL: "http://127.0.0.1:8000/v1", LLM_MODEL: "m", LLM_TIMEOUT_MS: 3_000 })?.timeoutMs).toBe(3_000);
});
