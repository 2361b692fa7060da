/**
 * The statement list of both programmes (finance dashboard §2.1) and the NPQ statement it links to, with the NPQ
 * statement's voided declarations (finance dashboard §3.1, §3.2). Reads only: ECF statements from the ECF world, NPQ
 * ones from the NPQ world.
 */
import { getNpqRow } from "@lpkit/engine/internal";
import { Hono } from "hono";
import type { SandboxEnv } from "../../http/env.ts";
import { notFoundPage } from "../components/message-page.ts";
import type { FinanceContext } from "../finance-context.ts";
import { htmlResponse } from "../html-response.ts";
import { findNpqStatement, npqVoidedDeclarations } from "../npq-queries.ts";
import { npqStatementPage } from "../pages/npq-statement-page.ts";
import { statementListPage } from "../pages/statement-list-page.ts";
import { npqVoidedPage } from "../pages/voided-page.ts";
import { statementListOptions, statementListRows } from "../statement-list.ts";
import { readStatementListQuery, statementListFilter } from "../statement-list-filter.ts";

export function statementListRoutes(context: FinanceContext): Hono<SandboxEnv> {
  const routes = new Hono<SandboxEnv>();

  routes.get("/statements", (c) => {
    const query = readStatementListQuery(new URL(c.req.url).searchParams);
    const rows = statementListRows(context.world, context.npq, statementListFilter(query));
    return htmlResponse(statementListPage(query, statementListOptions(context.world, context.npq), rows));
  });

  routes.get("/npq/statements/:id", (c) => {
    const { npq } = context;
    const statement = findNpqStatement(npq, c.req.param("id"));
    if (statement === undefined) {
      return htmlResponse(notFoundPage(), 404);
    }
    return htmlResponse(
      npqStatementPage({
        statement,
        leadProvider: getNpqRow(npq, "leadProviders", statement.leadProviderId),
        cohort: getNpqRow(npq, "cohorts", statement.cohortId),
        voidedCount: npqVoidedDeclarations(npq, statement.id).length,
      }),
    );
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
