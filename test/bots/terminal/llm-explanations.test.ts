/**
 * Explanations in the terminal chat with an LLM: the real command in a child
 * process, its model a fake OpenAI-compatible server on loopback read through
 * LangChain. The model's text (placeholders filled) when it behaves, the
 * curated template when it does not, one block per explanation either way.
 */
import { execFile } from "node:child_process";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { measureText } from "../../../core/i18n/measures/render.ts";
import { t } from "../../../core/i18n/messages/index.ts";
import { FakeOpenAiServer, promptResults } from "../../helpers/fake-openai-server.ts";
import { SCRIPT_TODAY } from "../../helpers/conversation-script.ts";
import { SHARED } from "../../core/explain/redteam/cases.ts";
import { SOURCE_CLI } from "../../helpers/source-cli.ts";

/** A child process that loads LangChain takes seconds to start on a busy machine; this is room, not a speed check. */
const CHILD_TIMEOUT_MS = 90_000;

let llm: FakeOpenAiServer;

beforeEach(async () => {
  llm = await FakeOpenAiServer.start();
});

afterEach(async () => {
  await llm.close();
});

/** Runs the chat in English to the results and asks for the first explanation (start-up funding, （二）). */
async function explainStartupFunding(): Promise<string> {
  const env = { ...process.env, REDIS_URL: "", REDIS_CLUSTER_NODES: "", LLM_BASE_URL: llm.baseUrl, LLM_MODEL: "fake-model", LLM_API_KEY: "", LLM_TIMEOUT_MS: "20000" };
  const child = execFile(process.execPath, [...SOURCE_CLI, "chat", "--today", SCRIPT_TODAY, "--lang", "en"], { env, timeout: 60_000, maxBuffer: 10 * 1024 * 1024 });
  let out = "";
  child.stdout!.on("data", (d) => (out += String(d)));
  child.stdin!.end("/check\n/results\n1\n");
  await new Promise<void>((resolve, reject) => child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`exit ${code}: ${out}`)))));
  expect(out).toContain(`1. ${t("en", "results.explain", { title: measureText("m02", "en").title })}`);
  // What the chat printed after the choice.
  return out.slice(out.indexOf(t("en", "results.explain", { title: measureText("m02", "en").title })));
}

describe("explanations in the terminal chat with an LLM", () => {
  it("print the model's text with its placeholders filled, then the disclaimer, once", async () => {
    llm.always({ kind: "answer", content: (req) => promptResults(req).map((r) => `From the model: {title:${r.measure}} ({clause:${r.measure}}) is {status:${r.measure}} for you; you may receive {amount:${r.measure}}.`).join("\n") });
    const out = await explainStartupFunding();
    const expected = `From the model: ${measureText("m02", "en").title} (Clause 2) is ${t("en", "status.needs_info")} for you; you may receive up to CNY 10,000,000.\n\n${t("en", "disclaimer")}`;
    expect(out).toContain(expected);
    expect(out.split("From the model")).toHaveLength(2);
    expect(llm.requests).toHaveLength(1);
  }, CHILD_TIMEOUT_MS);

  it.each(SHARED.filter((c) => ["phishing URL", "prompt-injection echo"].includes(c.name)).map((c) => [c.name, c.text] as const))(
    "print the curated template once when the model answers with %s",
    async (_name, text) => {
      llm.always({ kind: "answer", content: text });
      const out = await explainStartupFunding();
      expect(out.split(measureText("m02", "en").summary)).toHaveLength(2);
      expect(out).not.toContain(text.slice(-25));
      expect(llm.requests).toHaveLength(1);
    },
    CHILD_TIMEOUT_MS,
  );
});
