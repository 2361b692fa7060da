/**
 * The statement list of both programmes (finance dashboard §2.1) and the NPQ statement it links to, with the NPQ
 * statement's money, CSV and voided declarations (finance dashboard §3.1, §3.2). ECF statements come from the ECF world,
 * NPQ ones from the NPQ world; the one change, authorising an NPQ statement, is the control API's mark-paid command.
 */
import { getNpqRow } from "@lpkit/engine/internal";
import { Hono } from "hono";
import { processNpqStatement } from "../../control/npq-statements.ts";
import type { SandboxEnv } from "../../http/env.ts";
import { messagePage, notFoundPage } from "../components/message-page.ts";
import type { FinanceContext } from "../finance-context.ts";
import { csvDownload } from "../finance-csv.ts";
import { FINANCE_PATHS } from "../finance-paths.ts";
import { FormFields } from "../form-fields.ts";
import { htmlResponse, seeOther } from "../html-response.ts";
import { npqAssuranceReportCsv, npqAssuranceReportFilename } from "../npq-csv.ts";
import { findNpqStatement, isNpqAuthorisable, npqNotEligibleCounts, npqVoidedDeclarations } from "../npq-queries.ts";
import { npqAuthorisePage } from "../pages/npq-authorise-page.ts";
import { npqCohortName, npqStatementPage } from "../pages/npq-statement-page.ts";
import { statementListPage } from "../pages/statement-list-page.ts";
import { npqVoidedPage } from "../pages/voided-page.ts";
import { refusalDetail } from "../refusal-detail.ts";
import { statementListOptions, statementListRows } from "../statement-list.ts";
import { readStatementListQuery, statementListFilter } from "../statement-list-filter.ts";

export function statementListRoutes(context: FinanceContext): Hono<SandboxEnv> {
  const routes = new Hono<SandboxEnv>();

  routes.get("/statements", (c) => {
    const query = readStatementListQuery(new URL(c.req.url).searchParams);
    const rows = statementListRows(context.world, context.npq, statementListFilter(query));
    return htmlResponse(statementListPage(query, statementListOptions(context.world, context.npq), rows));
  });

  /** The NPQ statement at `id` with its calculation; a response instead when there is none to show. */
  const npqStatementData = (id: string) => {
    const { npq } = context;
    const statement = findNpqStatement(npq, id);
    if (statement === undefined) {
      return { response: htmlResponse(notFoundPage(), 404) } as const;
    }
    const payments = context.control.npqStatementPayments(statement.id);
    if (!payments.ok) {
      const detail = refusalDetail(payments.failure);
      return { response: htmlResponse(messagePage("Statement cannot be shown", detail), 422) } as const;
    }
    return {
      model: {
        statement,
        leadProvider: getNpqRow(npq, "leadProviders", statement.leadProviderId),
        cohort: getNpqRow(npq, "cohorts", statement.cohortId),
        voidedCount: npqVoidedDeclarations(npq, statement.id).length,
        notEligibleByCourse: npqNotEligibleCounts(npq, statement.id),
        payments: payments.value,
        authorisable: isNpqAuthorisable(npq, statement, context.today()),
      },
    } as const;
  };

  routes.get("/npq/statements/:id", (c) => {
    const data = npqStatementData(c.req.param("id"));
    return data.response ?? htmlResponse(npqStatementPage(data.model));
  });

  routes.get("/npq/statements/:id/assurance-report.csv", (c) => {
    const data = npqStatementData(c.req.param("id"));
    if (data.response !== undefined) {
      return data.response;
    }
    const { statement, leadProvider, cohort } = data.model;
    return csvDownload(
      npqAssuranceReportFilename(statement, leadProvider, npqCohortName(cohort)),
      npqAssuranceReportCsv(context.npq, statement),
    );
  });

  routes.get("/npq/statements/:id/payment_authorisations/new", (c) => {
    const data = npqStatementData(c.req.param("id"));
    if (data.response !== undefined) {
      return data.response;
    }
    const { model } = data;
    return model.authorisable
      ? htmlResponse(npqAuthorisePage(model.payments, model.voidedCount))
      : seeOther(FINANCE_PATHS.npqStatement(model.statement.id));
  });

  routes.post("/npq/statements/:id/payment_authorisations", async (c) => {
    const data = npqStatementData(c.req.param("id"));
    if (data.response !== undefined) {
      return data.response;
    }
    const { model } = data;
    const statementPath = FINANCE_PATHS.npqStatement(model.statement.id);
    if (!model.authorisable) {
      return seeOther(statementPath);
    }
    if ((await FormFields.read(c)).get("checks_done") !== "true") {
      return htmlResponse(npqAuthorisePage(model.payments, model.voidedCount, { error: true }), 422);
    }
    // The control API's mark-paid path for an NPQ statement (journaled there).
    const paid = processNpqStatement(
      context.control.state,
      model.statement.id,
      "markNpqStatementPaid",
      context.control.clock.now(),
    );
    if (!paid.ok) {
      const detail = refusalDetail(paid.failure);
      return htmlResponse(messagePage("Statement cannot be authorised", detail), 422);
    }
    return seeOther(statementPath);
  });

  routes.get("/npq/statements/:id/voided", (c) => {
    const statement = findNpqStatement(context.npq, c.req.param("id"));
    if (statement === undefined) {
      return htmlResponse(notFoundPage(), 404);
    }
    return htmlResponse(npqVoidedPage(statement.id, npqVoidedDeclarations(context.npq, statement.id)));
  });

  return routes;
}
