/**
 * Voided declarations (finance dashboard §1.5): the statement's declarations in state `voided`, all of them or one
 * role's, with their declaration id, participant id, type and course.
 */
import type { Declaration, Role, Statement } from "@lpkit/engine";
import { courseOfRole } from "@lpkit/engine";
import { jsx as h } from "hono/jsx";
import { renderPage } from "../components/layout.ts";
import { table } from "../components/table.ts";
import { FINANCE_PATHS } from "../finance-paths.ts";

const HEADINGS: Readonly<Record<Role | "all", string>> = {
  all: "Voided declarations",
  ect: "ECT voided declarations",
  mentor: "Mentor voided declarations",
};

export function voidedPage(statement: Statement, declarations: readonly Declaration[], role?: Role): string {
  const heading = HEADINGS[role ?? "all"];
  return renderPage(
    { title: heading, back: FINANCE_PATHS.statement(statement.leadProviderId, statement.id) },
    h("h1", { class: "govuk-heading-l" }, heading),
    table({
      testId: "voided-declarations",
      head: ["Declaration ID", "Participant ID", "Type", "Course"],
      rows: declarations.map((declaration) => [
        declaration.id,
        declaration.teacherId,
        declaration.declarationType,
        courseOfRole(declaration.role),
      ]),
    }),
  );
}
