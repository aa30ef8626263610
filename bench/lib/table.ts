/** The printed table of figures: name, result, target, met?. */
import type { Figure } from "./figures.ts";

function cell(f: Figure): string[] {
  const result = f.value === null ? "skipped" : `${f.value} ${f.unit}`.trim();
  const met = f.met === null ? (f.value === null ? "—" : "") : f.met ? "yes" : "NO";
  return [f.name, result, f.target ? `${f.target} ${f.unit}`.trim() : "", met];
}

/** The figures as an aligned text table, with notes underneath. */
export function formatTable(figures: Figure[]): string {
  const rows = [["benchmark", "result", "target", "met?"], ...figures.map(cell)];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const line = (r: string[]) => r.map((v, c) => v.padEnd(widths[c]!)).join("  ").trimEnd();
  const out = [line(rows[0]!), widths.map((w) => "-".repeat(w)).join("  "), ...rows.slice(1).map(line)];
  const notes = figures.filter((f) => f.note).map((f) => `  ${f.name}: ${f.note}`);
  return [...out, ...(notes.length ? ["", "notes:", ...notes] : [])].join("\n");
}
