/**
 * PUT /participant-declarations/{id}/void (ECF rules §5.2): an unpaid declaration is voided; a paid one is clawed back
 * on the next output statement. `RULE[n]` is void rule n of `spec/ecf-v3.yaml`.
 */
import { VOID_RULE_MESSAGES as RULE } from "../messages/declaration-rules.ts";
import type { RuleMessage } from "../messages/rule-message.ts";
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

function rejected(message: RuleMessage) {
  return unprocessable([{ title: message.title, detail: message.detail }]);
}

/** The void path: anything not yet paid and not already voided. */
export function checkVoid(declaration: Declaration): Outcome<VoidOutcome> {
  if (declaration.paymentStatus === "voided") {
    return rejected(RULE[1]);
  }
  // Rule 4, unreachable through the API (clawed-back declarations are paid, so they take the clawback path); kept
  // because the service guards it.
  if (declaration.clawbackStatus === "clawed_back") {
    return rejected(RULE[4]);
  }
  return ok({ kind: "void" });
}

/** The clawback path: a paid declaration not yet refunded, with an output statement to refund it on. */
export function checkClawback(world: World, declaration: Declaration, today: CalendarDate): Outcome<VoidOutcome> {
  // Rule 5, unreachable through the API (only paid declarations take this path); kept because the service guards it.
  if (declaration.paymentStatus !== "paid") {
    return rejected(RULE[5]);
  }
  if (declaration.clawbackStatus !== "no_clawback") {
    return rejected(RULE[2]);
  }
  const cohortYear = cohortYearOf(world, getRow(world, "trainingPeriods", declaration.trainingPeriodId));
  const clawbackStatement =
    cohortYear === null
      ? undefined
      : nextOutputStatement(world, { leadProviderId: declaration.leadProviderId, cohortYear, today, openOnly: false });
  if (cohortYear === null || clawbackStatement === undefined) {
    return rejected({ title: RULE[3].title, detail: RULE[3].detail(cohortYear ?? 0) });
  }
  return ok({ kind: "clawback", clawbackStatement });
}

export function checkVoiding(world: World, declaration: Declaration, today: CalendarDate): Outcome<VoidOutcome> {
  return declaration.paymentStatus === "paid" ? checkClawback(world, declaration, today) : checkVoid(declaration);
}
