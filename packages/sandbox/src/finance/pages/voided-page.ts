/**
 * Voided declarations (finance dashboard §1.5, §3.2): a statement's declarations in state `voided`, with their
 * declaration id, participant id, type and course. The ECF statement's, all of them or one role's; the NPQ
 * statement's, all of them.
 */
import type { Declaration, NpqDeclaration, Role, Statement } from "@lpkit/engine";
import { courseOfRole } from "@lpkit/engine";
import { jsx as h } from "hono/jsx";
import { renderPage } from "../components/layout.ts";
import { table } from "../components/table.ts";
import { FINANCE_PATHS } from "../finance-paths.ts";
import { npqCourseName } from "../npq-course-names.ts";

const HEADINGS: Readonly<Record<Role | "all", string>> = {
  all: "Voided declarations",
  ect: "ECT voided declarations",
  mentor: "Mentor voided declarations",
};

type VoidedRow = readonly [declarationId: string, participantId: string, type: string, course: string];

function page(heading: string, back: string, rows: readonly VoidedRow[]): string {
  return renderPage(
    { title: heading, back },
    h("h1", { class: "govuk-heading-l" }, heading),
    table({ testId: "voided-declarations", head: ["Declaration ID", "Participant ID", "Type", "Course"], rows }),
  );
}

export function voidedPage(statement: Statement, declarations: readonly Declaration[], role?: Role): string {
  return page(
    HEADINGS[role ?? "all"],
    FINANCE_PATHS.statement(statement.leadProviderId, statement.id),
    declarations.map((declaration) => [
      declaration.id,
      declaration.teacherId,
      declaration.declarationType,
      courseOfRole(declaration.role),
    ]),
  );
}

/** The NPQ statement's: the participant is the declaration's person, the course its name. */
export function npqVoidedPage(statementId: string, declarations: readonly NpqDeclaration[]): string {
  return page(
    HEADINGS.all,
    FINANCE_PATHS.npqStatement(statementId),
    declarations.map((declaration) => [
      declaration.id,
      declaration.userId,
      declaration.declarationType,
      npqCourseName(declaration.courseIdentifier),
    ]),
  );
}
