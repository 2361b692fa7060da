/**
 * A machine as the Markdown table the engine README shows: one row per state, one column per event, and in each cell
 * the state the event leads to (blank where the move is refused). The README is rewritten from this by
 * `pnpm --filter @lpkit/engine docs:machines`, and a test holds the two together.
 */
import type { Machine } from "./machine.ts";

function row(cells: readonly string[], widths: readonly number[]): string {
  return `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(" | ")} |`;
}

export function machineTable<S extends string, E extends string>(machine: Machine<S, E>): string {
  const header = ["state", ...machine.events.map((event) => `\`${event}\``)];
  const body = machine.states.map((state) => [
    state === machine.initial ? `**${state}** (new)` : `**${state}**`,
    ...machine.events.map(
      (event) => machine.transitions.find((move) => move.from === state && move.event === event)?.to ?? "",
    ),
  ]);
  const widths = header.map((_, column) =>
    Math.max(3, ...[header, ...body].map((cells) => cells[column]?.length ?? 0)),
  );
  return [
    row(header, widths),
    row(
      widths.map((width) => "-".repeat(width)),
      widths,
    ),
    ...body.map((cells) => row(cells, widths)),
  ].join("\n");
}
