/**
 * PUT /participant-declarations/{id}/void (ECF rules §5.2): an unpaid declaration is voided; a paid one is clawed back
 * on the next output statement.
 */
import { DECLARATION_MESSAGES as M, noOutputStatementForClawback } from "../messages/declarations.ts";
import { TITLES } from "../messages/titles.ts";
import type { Declaration } from "../model/declaration.ts";
import type { Statement } from "../model/statement.ts";
import { getRow, type World } from "../model/world.ts";
import { type Outcome, ok, unprocessable } from "../result.ts";
import type { CalendarDate } from "../time/calendar-date.ts";
import { nextOutputStatement } from "./statements.ts";
import { cohortYearOf } from "./training-periods.ts";

export type VoidOutcome =
  | { readonly kind: "void" }
  | { readonly kind: "clawback"; readonly clawbackStatement: Statement };

function rejected(detail: string) {
  return unprocessable([{ title: TITLES.participantDeclarationId, detail }]);
}

/** The void path: anything not yet paid and not already voided. */
export function checkVoid(declaration: Declaration): Outcome<VoidOutcome> {
  if (declaration.paymentStatus === "voided") {
    return rejected(M.alreadyVoided);
  }
  // Unreachable through the API (clawed-back declarations are paid, so they take the clawback path); kept because
  // the service guards it.
  if (declaration.clawbackStatus === "clawed_back") {
    return rejected(M.clawedBackViewOnly);
  }
  return ok({ kind: "void" });
}

/** The clawback path: a paid declaration not yet refunded, with an output statement to refund it on. */
export function checkClawback(world: World, declaration: Declaration, today: CalendarDate): Outcome<VoidOutcome> {
  // Unreachable through the API (only paid declarations take this path); kept because the service guards it.
  if (declaration.paymentStatus !== "paid") {
    return rejected(M.mustBePaidBeforeClawback);
  }
  if (declaration.clawbackStatus !== "no_clawback") {
    return rejected(M.alreadyRefunded);
  }
  const cohortYear = cohortYearOf(world, getRow(world, "trainingPeriods", declaration.trainingPeriodId));
  const clawbackStatement =
    cohortYear === null
      ? undefined
      : nextOutputStatement(world, { leadProviderId: declaration.leadProviderId, cohortYear, today, openOnly: false });
  if (cohortYear === null || clawbackStatement === undefined) {
    return rejected(noOutputStatementForClawback(cohortYear ?? 0));
  }
  return ok({ kind: "clawback", clawbackStatement });
}

export function checkVoiding(world: World, declaration: Declaration, today: CalendarDate): Outcome<VoidOutcome> {
  return declaration.paymentStatus === "paid" ? checkClawback(world, declaration, today) : checkVoid(declaration);
}
