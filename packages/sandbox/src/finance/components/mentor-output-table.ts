/**
 * "Mentor output payments" (finance dashboard §1.4, 2025 on): mentors are paid a flat fee, so one column of
 * participants; each type's count, then its fee per mentor and total; the mentors' output payment total underneath.
 */
import { jsx as h } from "hono/jsx";
import { formatPounds } from "../format.ts";
import type { MentorFigures } from "../statement-figures.ts";
import { panelRow } from "./panel-row.ts";
import { numeric, rowHeader, table } from "./table.ts";

export function mentorOutputTable(figures: MentorFigures) {
  return h(
    "div",
    // The total sits under the table; space before the next table's caption.
    { class: "govuk-!-margin-bottom-8" },
    table({
      caption: "Mentor output payments",
      captionSize: "m",
      head: ["Outputs", { content: "Participants", numeric: true }, { content: "Payments", numeric: true }],
      rows: figures.outputs.flatMap((row) => [
        [rowHeader(row.label), numeric(String(row.participants)), numeric("")],
        ["Fee per mentor", numeric(formatPounds(row.fee)), numeric(formatPounds(row.total))],
      ]),
    }),
    panelRow("Mentors output payment total", formatPounds(figures.calculation.totals.outputPayment), { strong: true }),
  );
}
