/** `policy-assistant check [--json] FILE…`: evaluates profiles (`-` for standard input). */
import { readFile, stat } from "node:fs/promises";
import type { EvaluationResult, MeasureResult } from "../core/rules/index.ts";
import { checkProfile } from "../server/api/check-profile.ts";
import { QUESTIONS } from "../core/dialogues/questions/bank.ts";
import { workingLine } from "../core/i18n/figures.ts";
import { benefitText, hasPendingParts, mainReason } from "../core/i18n/labels.ts";
import { t, type MessageKey } from "../core/i18n/messages/index.ts";
import type { ParsedArgs } from "./args.ts";
import { CliError, type CliIo, EXIT } from "./io.ts";
import { CHECK } from "./specs.ts";

/** The largest profile read, in bytes: a real profile is a few kilobytes. */
export const MAX_PROFILE_BYTES = 1024 * 1024;

/**
 * Reads a profile from a file path or `-` (stdin) and parses the JSON. Refuses
 * more than {@link MAX_PROFILE_BYTES}; accepts a leading UTF-8 byte-order mark
 * (as Windows editors save files).
 */
export async function readProfileJson(source: string, io: CliIo): Promise<unknown> {
  const name = source === "-" ? "standard input" : source;
  let text: string;
  try {
    if (source !== "-" && (await stat(source)).size > MAX_PROFILE_BYTES) throw tooLarge(name);
    text = source === "-" ? await io.readStdin() : await readFile(source, "utf8");
  } catch (e) {
    if (e instanceof CliError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(code === "ENOENT" ? `cannot read ${source}: no such file` : `cannot read ${source}: ${code ?? "read error"}`);
  }
  if (Buffer.byteLength(text, "utf8") > MAX_PROFILE_BYTES) throw tooLarge(name);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new CliError(`${name} is not valid JSON: ${(e as Error).message}`);
  }
}

function tooLarge(name: string): CliError {
  return new CliError(`${name} is larger than 1 MB: a profile is a few kilobytes (lists hold at most 1,000 items)`);
}

/** Runs `check` on every file named (`-` is standard input, read once). Returns the exit code. */
export async function runCheck({ values, positionals }: ParsedArgs<typeof CHECK.options>, io: CliIo): Promise<number> {
  if (positionals.length === 0) throw new CliError(`name a profile file, or - for standard input\nusage: ${CHECK.usage}`);
  if (positionals.filter((f) => f === "-").length > 1) throw new CliError("standard input (-) can be read only once");
  // Every file is read and checked before anything is printed: one bad profile stops the command
  // with every problem named, instead of half an answer.
  const results: { file: string; result: EvaluationResult }[] = [];
  const problems: string[] = [];
  for (const file of positionals) {
    try {
      // The API's /api/v1/check answers with the same function.
      const r = checkProfile(await readProfileJson(file, io));
      if (r.ok) results.push({ file, result: r.result });
      else problems.push(`${positionals.length > 1 ? `${file}: ` : ""}invalid profile:\n${r.issues.map((i) => `  ${i.path}: ${i.message}`).join("\n")}`);
    } catch (e) {
      if (!(e instanceof CliError)) throw e;
      problems.push(e.message);
    }
  }
  if (problems.length) throw new CliError(problems.join("\n"));
  if (results.length === 1) {
    const { result } = results[0]!;
    io.stdout(values.json ? `${JSON.stringify(result, null, 2)}\n` : renderTable(result));
  } else if (values.json) {
    io.stdout(`${JSON.stringify(results, null, 2)}\n`);
  } else {
    io.stdout(results.map(({ file, result }) => `== ${file === "-" ? "standard input" : file}\n${renderTable(result)}`).join("\n"));
  }
  return EXIT.ok;
}

const STATUS_LABEL: Record<MeasureResult["status"], string> = {
  eligible: "eligible",
  likely: "likely",
  needs_info: "needs info",
  ineligible: "ineligible",
};

/** A profile path in words: the label of the question that asks it ("Project 2 · Investment" for an item of a list), else the path. */
function factWords(path: string): string {
  const field = path.replace(/\[\d+\]/g, "[]");
  const q = QUESTIONS.find((x) => (x.paths as readonly string[]).includes(field));
  if (!q) return path;
  const label = t("en", `l.${q.id}` as MessageKey);
  const item = /^(\w+)\[(\d+)\]\./.exec(path);
  return item ? `${t("en", `list.${item[1]}.item` as MessageKey, { n: Number(item[2]) + 1 })} · ${label}` : label;
}

function oneLine(r: MeasureResult): string {
  const missing = [...new Set(r.missing.map(factWords))].join(", ");
  if (r.status === "needs_info") return `missing: ${missing}`;
  // Settled by some parts while others pend: what would settle them.
  if (hasPendingParts(r)) return [mainReason(r, "en") || workingLine(r, "en"), `still to settle: ${missing}`].filter(Boolean).join("; ");
  // Reasons in words (no codes such as training_provider); formula results without a remark
  // (m09, m13, m17…) show their working instead of leaving the column blank.
  const benefit = r.benefits.find((b) => b.kind !== "office_term" && b.kind !== "tax_saving_this_year");
  return mainReason(r, "en") || workingLine(r, "en") || (benefit ? benefitText(benefit, "en") : "") || "All conditions known and met; the amount follows from the clause's formula.";
}

/** The period of the amount column: "one-off", "a year", "3 years, 2026–2028"; tax relief said to be a saving. */
export function periodWords(r: MeasureResult): string {
  const p = r.period;
  if (p === null || r.maxCashCNY === null || r.status === "ineligible") return "—";
  const span = p.type === "one_off" ? "one-off" : p.type === "per_year" ? "a year" : `${p.years} years${p.fromYear !== null && p.toYear !== null ? `, ${p.fromYear}–${p.toYear}` : ""}`;
  return r.kind === "tax_relief" ? `tax saving over ${span}` : span;
}

function amount(r: MeasureResult): string {
  if (hasPendingParts(r) && r.settledCashCNY !== null) {
    return `¥${groupDigits(r.settledCashCNY)} settled${r.maxCashCNY === null ? ", more pending" : ` (up to ¥${groupDigits(r.maxCashCNY)})`}`;
  }
  if (r.maxCashCNY !== null) return `¥${Number(r.maxCashCNY) === 0 ? "0.00" : groupDigits(r.maxCashCNY)}`;
  const b = r.benefits.find((x) => x.quantity !== null);
  return b ? `${b.quantity} ${b.unit}` : "—";
}

/** 1234567.50 → 1,234,567.50, on the decimal string (no float). */
export function groupDigits(decimal: string): string {
  const [int, frac] = decimal.split(".");
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

/** A readable table: measure, status, amount, one-line reason. */
export function renderTable(result: EvaluationResult): string {
  const rows = result.results.map((r) => [`${r.measure} ${r.clause}`, STATUS_LABEL[r.status], amount(r), periodWords(r), `${r.title.en}: ${oneLine(r)}`]);
  const head = ["measure", "status", "amount", "period", "reason"];
  const width = (i: number) => Math.max(...[head, ...rows].map((r) => displayWidth(r[i]!)));
  const pad = (s: string, w: number) => s + " ".repeat(Math.max(0, w - displayWidth(s)));
  const w = [width(0), width(1), width(2), width(3)];
  const line = (r: string[]) => `${pad(r[0]!, w[0]!)}  ${pad(r[1]!, w[1]!)}  ${pad(r[2]!, w[2]!)}  ${pad(r[3]!, w[3]!)}  ${r[4]}`;
  const totals = result.totals;
  return [
    `As of ${result.asOf}`,
    line(head),
    ...rows.map(line),
    "",
    `Total estimated maximum cash (eligible + likely, settled parts only): ¥${groupDigits(result.totalMaxCashCNY)} over each measure's period; ¥${groupDigits(totals.firstYearCashCNY)} in the first year`,
    `Tax relief (estimated saving, not cash, not in the totals): ¥${groupDigits(totals.taxReliefCNY)}`,
    result.policy.disclaimer.en,
    result.policy.disclaimer.zh,
    "",
  ].join("\n");
}

function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1;
  return w;
}
