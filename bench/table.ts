// The printed table: one line per row, medians with thousands separators, ratios and goals.
import type { Row } from "./measure.js";

const formatNumber = (value: number): string =>
  value >= 100 ? Math.round(value).toLocaleString("en-US") : value >= 10 ? value.toFixed(1) : value.toFixed(2);

/** One row as table cells: case, measurement, median + unit, ratio, goal. */
export function cells(row: Row): string[] {
  const ratio = (row.ratios ?? []).map((r) => `${r.value.toFixed(2)}× ${r.to}`).join("; ");
  const goal = (row.goals ?? []).map((g) => `${g.met ? "met" : "NOT met"}: ${g.text}`).join("; ");
  return [row.case, row.name, `${formatNumber(row.median)} ${row.unit}`, ratio, goal];
}

/** Prints `rows` as an aligned text table. */
export function printTable(rows: readonly Row[]): void {
  const header = ["case", "measurement", "median", "ratio", "goal"];
  const lines = [header, ...rows.map(cells)];
  const widths = header.map((_, i) => Math.max(...lines.map((line) => (line[i] as string).length)));
  for (const line of lines) console.log(line.map((cell, i) => cell.padEnd(widths[i] as number)).join("  ").trimEnd());
}

/** `rows` as a Markdown table (for docs/performance.md), notes included. */
export function markdownTable(rows: readonly Row[]): string {
  const header = ["case", "measurement", "median", "ratio", "goal", "note"];
  const lines = [header, header.map(() => "---"), ...rows.map((r) => [...cells(r), r.note ?? ""])];
  return lines.map((line) => `| ${line.join(" | ")} |`).join("\n");
}
