/**
 * One course of an NPQ statement (finance dashboard §3, "Course finance details" and "Standalone payments"), titled
 * with the course's name: its payments ("Payment type" | "Users" | "Payment per participant" | "Total"), its milestone counts, total declarations
 * and course total, every figure from the course's calculation.
 */
import { jsx as h } from "hono/jsx";
import { formatPounds } from "../format.ts";
import { npqCourseName } from "../npq-course-names.ts";
import type { NpqCourseFigures } from "../npq-statement-figures.ts";
import { summaryCard } from "./summary-card.ts";
import { summaryList } from "./summary-list.ts";
import { numeric, table } from "./table.ts";

/** `notEligible`: the course's declarations on the statement that are ineligible or voided (`npqNotEligibleCounts`). */
export function npqCourseCard(figures: NpqCourseFigures, notEligible: number) {
  return summaryCard(
    npqCourseName(figures.course),
    `course-${figures.course}`,
    table({
      head: [
        "Payment type",
        { content: "Users", numeric: true },
        { content: "Payment per participant", numeric: true },
        { content: "Total", numeric: true },
      ],
      rows: figures.rows.map((row) => [
        row.label,
        numeric(row.users === undefined ? "" : String(row.users)),
        numeric(formatPounds(row.perParticipant)),
        numeric(formatPounds(row.total)),
      ]),
    }),
    summaryList(
      [
        ...figures.milestones.map((milestone) => ({ key: milestone.label, value: String(milestone.count) })),
        { key: "Total declarations", value: String(figures.totalDeclarations) },
        { key: "Total not eligible for funding", value: String(notEligible) },
        { key: "Course total", value: h("strong", null, formatPounds(figures.courseTotal)) },
      ],
      { noBorder: true },
    ),
  );
}
