/**
 * `npm run bench`: runs every benchmark, prints the table (name, result,
 * target, met?) and writes bench/results.json with the machine it ran on.
 * Targets are reported, never asserted: a missed target does not fail the run.
 *
 * `npm run bench -- --only rules,dialogue` runs a subset
 * (rules, dialogue, webhooks, llm, memory, coldstart).
 */
import { writeFileSync } from "node:fs";
import os from "node:os";
import { benchColdStart } from "./cold-start.ts";
import { benchDialogue } from "./dialogue.ts";
import { benchHangingLlm } from "./hanging-llm.ts";
import type { BenchResult, Figure } from "./lib/figures.ts";
import { machine } from "./lib/machine.ts";
import { round } from "./lib/stats.ts";
import { formatTable } from "./lib/table.ts";
import { benchMemory } from "./memory.ts";
import { benchRules } from "./rules.ts";
import { benchWebhooks } from "./webhooks.ts";

const BENCHMARKS: Record<string, () => Promise<BenchResult>> = {
  rules: () => benchRules(),
  dialogue: () => benchDialogue(),
  webhooks: () => benchWebhooks(),
  llm: () => benchHangingLlm(),
  memory: () => benchMemory(),
  coldstart: () => benchColdStart(),
};

function selected(argv: string[]): string[] {
  const i = argv.indexOf("--only");
  if (i < 0) return Object.keys(BENCHMARKS);
  const names = (argv[i + 1] ?? "").split(",").filter(Boolean);
  const unknown = names.filter((n) => !(n in BENCHMARKS));
  if (unknown.length || names.length === 0) {
    throw new Error(`--only takes a comma-separated list of: ${Object.keys(BENCHMARKS).join(", ")}`);
  }
  return names;
}

const started = performance.now();
const names = selected(process.argv.slice(2));
const host = machine();
console.log(`policy-assistant benchmarks on ${host.cpu}, ${host.cores} cores, ${host.memoryGiB} GiB, Node ${host.node}`);
const load = os.loadavg()[0]!;
if (load > host.cores / 2) console.log(`warning: load average ${round(load)} on ${host.cores} cores before the run; other work skews these figures`);

const results: Record<string, unknown> = {};
const figures: Figure[] = [];
for (const name of names) {
  const t0 = performance.now();
  const loadBefore = round(os.loadavg()[0]!);
  process.stdout.write(`${name}… `);
  try {
    const r = await BENCHMARKS[name]!();
    figures.push(...r.figures);
    results[name] = { ...r, seconds: round((performance.now() - t0) / 1000, 1), loadAverageBefore: loadBefore };
  } catch (e) {
    // One broken benchmark should not hide the others' figures.
    const message = e instanceof Error ? e.message : String(e);
    figures.push({ name: `${name}: failed`, value: null, unit: "", target: "", met: null, note: message.split("\n")[0]! });
    results[name] = { error: message };
  }
  console.log(`${round((performance.now() - t0) / 1000, 1)} s`);
}

const seconds = round((performance.now() - started) / 1000, 1);
console.log(`\n${formatTable(figures)}\n\ntotal ${seconds} s`);
writeFileSync(
  new URL("./results.json", import.meta.url),
  `${JSON.stringify({ date: new Date().toISOString(), machine: host, loadAverage: { before: round(load), after: round(os.loadavg()[0]!) }, seconds, figures, benchmarks: results }, null, 2)}\n`,
);
console.log("written bench/results.json");
// Redis clients and timers of the benchmarks must not hold the process open.
process.exit(0);
