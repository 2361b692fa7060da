/**
 * The checks of PUT /participant-declarations/{id}/void on the NPQ API (NPQ rules §5.4), the NPQ void rules of
 * `spec/npq-v3.yaml` in order. An unpaid or ineligible declaration is voided; a paid one is clawed back on the next
 * output statement of its cohort.
 */
import { NPQ_VOID_RULE_MESSAGES as RULE } from "../../messages/npq/declaration-rules.ts";
import { type Outcome, ok, ValidationErrors } from "../../result.ts";
import { londonToday } from "../../time/london.ts";
import type { NpqDeclaration } from "../model/declaration.ts";
import type { NpqStatement } from "../model/statement.ts";
import { getNpqRow, type NpqWorld } from "../model/world.ts";
import { nextNpqOutputStatement } from "./statements.ts";

export type NpqVoiding =
  | { readonly kind: "void" }
  | { readonly kind: "clawback"; readonly clawbackStatement: NpqStatement };

const REFUNDED: readonly string[] = ["awaiting-clawback", "clawed-back"];

export function checkNpqVoiding(world: NpqWorld, declaration: NpqDeclaration, now: Date): Outcome<NpqVoiding> {
  const errors = new ValidationErrors();
  // Rule 1
  if (declaration.state === "voided") {
    errors.add(RULE[1].title, RULE[1].detail);
  }
  // Rule 2
  if (REFUNDED.includes(declaration.state)) {
    errors.add(RULE[2].title, RULE[2].detail);
  }
  const paidOrRefunded = declaration.state === "paid" || REFUNDED.includes(declaration.state);
  const statement = paidOrRefunded
    ? nextNpqOutputStatement(world, declaration.leadProviderId, declaration.cohortId, londonToday(now))
    : undefined;
  // Rule 3
  if (paidOrRefunded && statement === undefined) {
    const cohort = getNpqRow(world, "cohorts", declaration.cohortId);
    errors.add(RULE[3].title, RULE[3].detail(cohort.startYear));
  }
  // Rule 4 is not reachable: every refunded declaration has its clawback recorded, so rule 2 answers.
  if (!errors.isEmpty) {
    return errors.toFailure();
  }
  return ok(statement === undefined ? { kind: "void" } : { kind: "clawback", clawbackStatement: statement });
}
