/**
 * "Declarations summary" (finance dashboard §1.4, 2025 on): ECT and mentor counts by milestone; each "Voided" count
 * links to that role's voided declarations. Mentors have no retained or extended milestones ("-").
 */
import { jsx as h } from "hono/jsx";
import { FINANCE_PATHS } from "../finance-paths.ts";
import type { DeclarationCounts } from "../statement-figures.ts";
import { numeric, rowHeader, table } from "./table.ts";

export function declarationsSummary(
  statement: { readonly id: string; readonly leadProviderId: string },
  ects: DeclarationCounts,
  mentors: DeclarationCounts,
) {
  const voidedLink = (role: "ect" | "mentor", count: number, hidden: string) =>
    numeric(
      h(
        "a",
        { class: "govuk-link", href: FINANCE_PATHS.voided(statement.leadProviderId, statement.id, role) },
        String(count),
        h("span", { class: "govuk-visually-hidden" }, ` ${hidden}`),
      ),
    );
  return table({
    caption: "Declarations summary",
    captionSize: "m",
    testId: "declarations-summary",
    head: [
      { content: h("span", { class: "govuk-visually-hidden" }, "Declaration type") },
      { content: "ECTs", numeric: true },
      { content: "Mentors", numeric: true },
    ],
    rows: [
      [rowHeader("Started"), numeric(String(ects.started)), numeric(String(mentors.started))],
      [rowHeader("Retained"), numeric(String(ects.retained)), numeric("-")],
      [rowHeader("Completed"), numeric(String(ects.completed)), numeric(String(mentors.completed))],
      [rowHeader("Extended"), numeric(String(ects.extended)), numeric("-")],
      [rowHeader("Clawed back"), numeric(String(ects.clawedBack)), numeric(String(mentors.clawedBack))],
      [
        rowHeader("Voided"),
        voidedLink("ect", ects.voided, "ECT voided declarations"),
        voidedLink("mentor", mentors.voided, "Mentor voided declarations"),
      ],
    ],
  });
}
