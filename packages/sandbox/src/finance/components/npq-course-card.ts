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

export function npqCourseCard(figures: NpqCourseFigures) {
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
        { key: "Course total", value: h("strong", null, formatPounds(figures.courseTotal)) },
      ],
      { noBorder: true },
    ),
  );
}
