/** Builds the statement page's model from the world: the engine's calculation and the selector's choices. */
import type { Statement } from "@lpkit/engine";
import { getRow } from "@lpkit/engine/internal";
import type { FinanceContext } from "./finance-context.ts";
import { isAuthorisable, leadProvidersByName, outputStatements, statementCohorts } from "./finance-queries.ts";
import { refusalDetail } from "./refusal-detail.ts";
import type { StatementPageModel } from "./statement-page-model.ts";

export type StatementPageData = { ok: true; model: StatementPageModel } | { ok: false; detail: string };

export function statementPageData(context: FinanceContext, statement: Statement): StatementPageData {
  const payments = context.control.statementPayments(statement.id);
  if (!payments.ok) {
    return { ok: false, detail: refusalDetail(payments.failure) };
  }
  const { world } = context;
  return {
    ok: true,
    model: {
      leadProvider: getRow(world, "leadProviders", statement.leadProviderId),
      statement,
      payments: payments.value,
      providers: leadProvidersByName(world),
      cohorts: statementCohorts(world, statement.leadProviderId),
      statements: outputStatements(world, statement.leadProviderId, statement.cohortYear),
      authorisable: isAuthorisable(world, statement, context.today()),
    },
  };
}
