import { FEE_TYPES, STATEMENT_STATUSES } from "@lpkit/engine";
import { Hono } from "hono";
import type { SandboxEnv } from "../../http/env.ts";
import { ControlQuery } from "../control-query.ts";
import { dataResponse, outcomeResponse } from "../control-response.ts";
import { EXPECTED } from "../messages.ts";
import type { SandboxControl } from "../sandbox-control.ts";
import { declarationsCsvFilename, renderStatementBreakdown } from "../statement-breakdown.ts";
import { renderStatementSummary } from "../statement-identity.ts";

const STATEMENT_FILTERS = ["lead_provider_id", "cohort", "fee_type", "status"];

const CSV_CONTENT_TYPE = "text/csv; charset=utf-8";

/**
 * `/statements` as DfE finance works with them: every lead provider's statements, moving one to payable and to
 * paid, and what one pays (as a calculation, or as a CSV of its declarations).
 */
export function statementRoutes(control: SandboxControl): Hono<SandboxEnv> {
  const routes = new Hono<SandboxEnv>();

  routes.get("/statements", (c) => {
    const query = ControlQuery.read(c.req.url, STATEMENT_FILTERS);
    const statements = control.statements({
      leadProviderId: query.uuid("lead_provider_id"),
      cohortYear: query.cohortYear("cohort"),
      feeType: query.oneOf("fee_type", FEE_TYPES, EXPECTED.feeType),
      status: query.oneOf("status", STATEMENT_STATUSES, EXPECTED.statementStatus),
    });
    const world = control.state.world;
    return dataResponse(statements.map((statement) => renderStatementSummary(world, statement)));
  });

  routes.post("/statements/:id/mark-payable", (c) =>
    outcomeResponse(control.markStatementPayable(c.req.param("id")), (statement) => dataResponse(statement)),
  );

  routes.post("/statements/:id/mark-paid", (c) =>
    outcomeResponse(control.markStatementPaid(c.req.param("id")), (statement) => dataResponse(statement)),
  );

  routes.get("/statements/:id/breakdown", (c) =>
    outcomeResponse(control.statementPayments(c.req.param("id")), (payments) =>
      dataResponse(renderStatementBreakdown(control.state.world, payments)),
    ),
  );

  routes.get("/statements/:id/declarations.csv", (c) =>
    outcomeResponse(control.statementPayments(c.req.param("id")), (payments) => {
      const filename = declarationsCsvFilename(control.state.world, payments);
      return new Response(payments.csv, {
        headers: { "content-type": CSV_CONTENT_TYPE, "content-disposition": `attachment; filename="${filename}"` },
      });
    }),
  );

  return routes;
}
