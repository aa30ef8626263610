import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { turn } from "../../../core/dialogues/engine.ts";
import { formatCny } from "../../../core/i18n/format.ts";
import { LANGS } from "../../../core/i18n/langs.ts";
import { measureText } from "../../../core/i18n/measures/render.ts";
import { t } from "../../../core/i18n/messages/index.ts";
import type { EvaluationResult } from "../../../core/rules/index.ts";
import { SOURCE_CLI } from "../../helpers/source-cli.ts";
import { cardMustShow } from "../../helpers/card-expectations.ts";
import { ANSWERS_ZH, EXPECTED_PROFILE, runScript, SCRIPT_TODAY, textOf } from "../../helpers/conversation-script.ts";

const exec = promisify(execFile);

/** Runs the terminal chat with `lines` piped to it, as `printf '…' | npm start` does. */
async function pipeChat(lines: string[], args: string[] = []): Promise<string> {
  const child = execFile(process.execPath, [...SOURCE_CLI, "chat", "--today", SCRIPT_TODAY, ...args], { env: { ...process.env, REDIS_URL: "", REDIS_CLUSTER_NODES: "", LLM_BASE_URL: "" }, timeout: 60_000, maxBuffer: 10 * 1024 * 1024 });
  let out = "";
  child.stdout!.on("data", (d) => (out += String(d)));
  child.stdin!.end(`${lines.join("\n")}\n`);
  await new Promise<void>((resolve, reject) => child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`exit ${code}: ${out}`)))));
  return out;
}

/** The answers the scripted check gives, in the order the engine asks for them. */
async function scriptedLines(): Promise<string[]> {
  let state: unknown = (await turn(undefined, { kind: "command", name: "lang", arg: "zh" }, { today: SCRIPT_TODAY })).state;
  const lines: string[] = [];
  await runScript(async (text) => {
    lines.push(text);
    const out = await turn(state, { kind: "text", text }, { today: SCRIPT_TODAY });
    state = out.state;
    return textOf(out.replies);
  }, ANSWERS_ZH, "zh", "资格预判");
  return lines;
}

describe("the terminal chat", () => {
  it("takes a piped script to a results card whose amounts equal check --json for the same profile", async () => {
    const lines = await scriptedLines();
    const out = await pipeChat(["1", ...lines, "查看结果"]);
    const dir = mkdtempSync(join(tmpdir(), "pa-chat-"));
    const file = join(dir, "profile.json");
    writeFileSync(file, JSON.stringify(EXPECTED_PROFILE));
    const { stdout } = await exec(process.execPath, [...SOURCE_CLI, "check", "--json", file], { encoding: "utf8" });
    rmSync(dir, { recursive: true, force: true });
    const expected = JSON.parse(stdout) as EvaluationResult;
    const card = out.slice(out.lastIndexOf(t("zh", "results.title", { date: "" }).slice(0, 6)));
    for (const r of expected.results) {
      if (r.status === "ineligible" || r.maxCashCNY === null) continue;
      const title = measureText(r.measure, "zh").title;
      const line = card.split("\n").find((l) => l.includes(title));
      expect(line, `${r.measure} on the card`).toBeDefined();
      expect(line).toContain(formatCny(r.maxCashCNY, "zh"));
    }
    expect(card).toContain("南宁市发展和改革委员会");
    // Reasons, periods and the split totals (tax relief apart) reach the user.
    for (const said of cardMustShow("zh")) expect(card).toContain(said);
  });

  it("numbers the options on a terminal and reads the numbers back", async () => {
    const out = await pipeChat(["2", "1", "1"]);
    expect(out).toContain("  1. 中文");
    expect(out).toContain(t("en", "q.type"));
    expect(out).toContain(t("en", "q.ai"));
  });

  it.each([
    ["en", "vi"],
    ["th", "en"],
  ] as const)("changed from %s to %s with /lang mid-check, asks the same question again and takes the next number as its answer", async (from, to) => {
    // /check, enterprise, then /lang and the new language's number on the menu, then "1" (yes) to the question asked again.
    const out = await pipeChat(["/check", "1", "/lang", String(LANGS.indexOf(to) + 1), "1"], ["--lang", from]);
    const afterMenu = out.slice(out.lastIndexOf(t(to, "langSet")));
    expect(afterMenu).toContain(t(to, "q.ai"));
    expect(afterMenu).toContain(t(to, "q.settlement"));
    expect(afterMenu).not.toContain(t(to, "chooseLanguage"));
  });

  it.each(LANGS.map((l) => [l] as const))("can be held in %s from the first question on", async (lang) => {
    const out = await pipeChat(["/check", "1", "/help"], ["--lang", lang]);
    expect(out).toContain(t(lang, "greeting"));
    expect(out).toContain(t(lang, "q.type"));
    expect(out).toContain(t(lang, "o.type.enterprise"));
    expect(out).toContain(t(lang, "q.ai"));
    expect(out).toContain(t(lang, "help.question", { help: t(lang, "h.ai") }));
  });
});
