import { decimal, fraction, multiply, toExactDecimal } from "./fraction.ts";
import { formatRatio, groupThousands } from "./money.ts";

/** A line of a breakdown: a heading or note, or a label with an amount. */
export type Line = readonly [label: string, amount: string] | string;

export function orNone(lines: Line[]): Line[] {
  return lines.length > 0 ? lines : ["    None"];
}

/** "retained-1" -> "Retained 1". */
export function typeLabel(declarationType: string): string {
  const words = declarationType.replace("-", " ");
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
}

export function count(value: number): string {
  return groupThousands(String(value));
}

/** "0.60" -> "60%", "0.175" -> "17.5%". */
export function percent(ratio: string): string {
  const hundredths = multiply(decimal(ratio), fraction(100n));
  return `${toExactDecimal(hundredths) ?? formatRatio(hundredths)}%`;
}

/** Amounts right-aligned in one column, labels padded to the widest label of the section. */
export function layOut(lines: Line[]): string {
  const labelWidth = Math.max(0, ...lines.map((line) => (typeof line === "string" ? 0 : line[0].length)));
  const amountWidth = Math.max(0, ...lines.map((line) => (typeof line === "string" ? 0 : line[1].length)));
  return lines
    .map((line) =>
      typeof line === "string" ? line : `${line[0].padEnd(labelWidth)}  ${line[1].padStart(amountWidth)}`,
    )
    .join("\n");
}
