import {
  type CalendarDate,
  NPQ_LEAD_PROVIDERS,
  type NpqCohort,
  type NpqLeadProviderDefinition,
  type NpqStatement,
} from "@lpkit/engine";
import { addDays, addMonths, calendarDateParts } from "@lpkit/engine/internal";
import { DAY_MS, londonInstant } from "../seed-clock.ts";
import type { NpqSeedRun } from "./npq-seed-run.ts";
import { seededNpqContractTerms } from "./plan-npq-contract-terms.ts";

/** Days before its payment date that DfE's seeds pay a past statement (NPQ rules §8). */
const PAID_DAYS_BEFORE_PAYMENT = 8;

/** Called with a lead provider's statements of a cohort as they are registered, to plan what depends on them. */
export type NpqStatementsListener = (
  leadProvider: NpqLeadProviderDefinition,
  cohort: NpqCohort,
  statements: readonly NpqStatement[],
) => void;

/**
 * When DfE sets a cohort's statements up: three months before its registration start month (1 January for an April
 * start), before the first statement's deadline, so that every statement starts `open` and the past ones get their
 * status from the finance steps below; never after "now", so a cohort that starts later is already there.
 */
function statementsSetUpAt(cohort: NpqCohort, now: number): number {
  const { year, month } = calendarDateParts(cohort.registrationStartDate);
  const firstOfMonth = `${year}-${String(month).padStart(2, "0")}-01` as CalendarDate;
  return Math.min(londonInstant(addMonths(firstOfMonth, -3), 9), now - DAY_MS);
}

/** The latest output statement whose deadline has passed today: DfE's seeds leave it payable, not paid. */
export function latestPastOutputStatement(
  statements: readonly NpqStatement[],
  today: CalendarDate,
): NpqStatement | undefined {
  return statements.filter((statement) => statement.feeType === "output" && statement.deadlineDate < today).at(-1);
}

/**
 * Every lead provider's monthly statements in every cohort, each with a contract per course the cohort offers
 * (`registerNpqStatements`, NPQ rules §8) on the lead provider's terms for the cohort (`seededNpqContractTerms`), then DfE finance on the past output statements as DfE's seeds process
 * them: each is marked payable the night after its deadline, and paid eight days before its payment date, except
 * the latest, which stays payable (service fee statements are never processed: only output statements can be).
 */
export function planNpqStatements(
  run: NpqSeedRun,
  seed: number,
  today: CalendarDate,
  onStatements: NpqStatementsListener,
): void {
  const now = run.now.getTime();
  for (const cohort of Object.values(run.world.cohorts)) {
    for (const leadProvider of NPQ_LEAD_PROVIDERS) {
      run.at(statementsSetUpAt(cohort, now), "npq statements", (at) => {
        const statements = run.must(
          {
            type: "registerNpqStatements",
            leadProviderId: leadProvider.id,
            cohort: cohort.id,
            contractTerms: seededNpqContractTerms(seed, leadProvider.id, cohort),
          },
          at,
        );
        const latest = latestPastOutputStatement(statements, today);
        for (const statement of statements) {
          if (statement.feeType !== "output" || statement.deadlineDate >= today) {
            continue;
          }
          run.at(londonInstant(addDays(statement.deadlineDate, 1), 0, 30), "npq statements", (moment) => {
            run.must({ type: "markNpqStatementPayable", statementId: statement.id }, moment);
          });
          if (statement !== latest) {
            const paidOn = addDays(statement.paymentDate, -PAID_DAYS_BEFORE_PAYMENT);
            run.at(londonInstant(paidOn, 10), "npq statements", (moment) => {
              run.must({ type: "markNpqStatementPaid", statementId: statement.id }, moment);
            });
          }
        }
        onStatements(leadProvider, cohort, statements);
      });
    }
  }
}
