/** What the statement page and its parts are drawn from: the statement, its calculation and the selector's choices. */
import type { LeadProvider, Statement, StatementPayments } from "@lpkit/engine";

export interface StatementPageModel {
  readonly leadProvider: LeadProvider;
  readonly statement: Statement;
  /** The engine's calculation of the statement (`statementPayments`): every figure on the page comes from it. */
  readonly payments: StatementPayments;
  /** The selector's choices: every lead provider, the provider's cohorts, and the cohort's output statements. */
  readonly providers: readonly LeadProvider[];
  readonly cohorts: readonly number[];
  readonly statements: readonly Statement[];
  /** Whether "Authorise for payment" is offered (finance dashboard §1.8). */
  readonly authorisable: boolean;
}
