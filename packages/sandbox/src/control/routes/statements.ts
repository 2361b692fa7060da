import { FEE_TYPES, parseNpqCohortIdentifier, STATEMENT_STATUSES } from "@lpkit/engine";
import { Hono } from "hono";
import type { SandboxEnv } from "../../http/env.ts";
import { ControlBody } from "../control-body.ts";
import { ControlQuery } from "../control-query.ts";
import { dataResponse, outcomeResponse } from "../control-response.ts";
import { EXPECTED } from "../messages.ts";
import {
  isNpqStatementId,
  listNpqFinanceStatements,
  processNpqStatement,
  renderNpqStatementSummary,
} from "../npq-statements.ts";
import type { SandboxControl } from "../sandbox-control.ts";
import {
  declarationsCsvFilename,
  npqDeclarationsCsvFilename,
  renderNpqStatementBreakdown,
  renderStatementAdjustment,
  renderStatementBreakdown,
} from "../statement-breakdown.ts";
import { renderStatementSummary } from "../statement-identity.ts";

const STATEMENT_FILTERS = ["programme", "lead_provider_id", "cohort", "fee_type", "status"];
const PROGRAMMES = ["ecf", "npq"] as const;
/** A year (`2025`) or an NPQ cohort identifier (`2026b`). */
const STATEMENT_COHORT = /^\d{4}[a-z]?$/;

/** The calculator reads descriptions of up to 255 characters; an amount's text is short (10 digits and pence). */
const ADJUSTMENT_DESCRIPTION_LIMIT = 255;
const ADJUSTMENT_AMOUNT_LIMIT = 20;

const CSV_CONTENT_TYPE = "text/csv; charset=utf-8";

function csvResponse(csv: string, filename: string): Response {
  return new Response(csv, {
    headers: { "content-type": CSV_CONTENT_TYPE, "content-disposition": `attachment; filename="${filename}"` },
  });
}

type StatementRow = ReturnType<typeof renderNpqStatementSummary> | { programme: "ecf"; [key: string]: unknown };

const byFinanceOrder = (a: Record<string, unknown>, b: Record<string, unknown>): number => {
  for (const key of ["payment_date", "lead_provider_name", "cohort", "id"]) {
    const [x, y] = [String(a[key]), String(b[key])];
    if (x !== y) {
      return x < y ? -1 : 1;
    }
  }
  return 0;
};

/**
 * `/statements` as DfE finance works with them: every lead provider's statements in both APIs' worlds, moving one to
 * payable and to paid (ECF or NPQ, by id), and what one pays (as a calculation, or as a CSV of its declarations).
 */
export function statementRoutes(control: SandboxControl): Hono<SandboxEnv> {
  const routes = new Hono<SandboxEnv>();

  routes.get("/statements", (c) => {
    const query = ControlQuery.read(c.req.url, STATEMENT_FILTERS);
    const programme = query.oneOf("programme", PROGRAMMES, EXPECTED.programme);
    const leadProviderId = query.uuid("lead_provider_id");
    const rawCohort = query.matching("cohort", STATEMENT_COHORT, EXPECTED.statementCohort);
    const feeType = query.oneOf("fee_type", FEE_TYPES, EXPECTED.feeType);
    const status = query.oneOf("status", STATEMENT_STATUSES, EXPECTED.statementStatus);
    // A bare year means suffix `a` (as everywhere in the control API); the ECF cohorts are the `a` ones.
    const cohort = rawCohort === undefined ? undefined : parseNpqCohortIdentifier(rawCohort);
    const rows: StatementRow[] = [];
    if (programme !== "npq" && (cohort === undefined || cohort.suffix === "a")) {
      const world = control.state.world;
      const filter = { leadProviderId, cohortYear: cohort?.startYear, feeType, status };
      for (const statement of control.statements(filter)) {
        const { id, ...identity } = renderStatementSummary(world, statement);
        rows.push({ id, programme: "ecf", ...identity });
      }
    }
    if (programme !== "ecf") {
      const npq = control.state.npq;
      const filter = { leadProviderId, cohort: cohort && `${cohort.startYear}${cohort.suffix}`, feeType, status };
      for (const statement of listNpqFinanceStatements(npq, filter)) {
        rows.push(renderNpqStatementSummary(npq, statement));
      }
    }
    return dataResponse(rows.sort(byFinanceOrder));
  });

  routes.post("/statements/:id/mark-payable", (c) => {
    const id = c.req.param("id");
    if (isNpqStatementId(control.state.npq, id)) {
      const marked = processNpqStatement(control.state, id, "markNpqStatementPayable", control.clock.now());
      return outcomeResponse(marked, (statement) => dataResponse(statement));
    }
    return outcomeResponse(control.markStatementPayable(id), (statement) => dataResponse(statement));
  });

  routes.post("/statements/:id/mark-paid", (c) => {
    const id = c.req.param("id");
    if (isNpqStatementId(control.state.npq, id)) {
      const paid = processNpqStatement(control.state, id, "markNpqStatementPaid", control.clock.now());
      return outcomeResponse(paid, (statement) => dataResponse(statement));
    }
    return outcomeResponse(control.markStatementPaid(id), (statement) => dataResponse(statement));
  });

  routes.get("/statements/:id/breakdown", (c) => {
    const id = c.req.param("id");
    if (isNpqStatementId(control.state.npq, id)) {
      return outcomeResponse(control.npqStatementPayments(id), (payments) =>
        dataResponse(renderNpqStatementBreakdown(control.state.npq, payments)),
      );
    }
    return outcomeResponse(control.statementPayments(id), (payments) =>
      dataResponse(renderStatementBreakdown(control.state.world, payments)),
    );
  });

  routes.post("/statements/:id/adjustments", async (c) => {
    const body = await ControlBody.read(c.req.raw, ["description", "amount"], { optional: false });
    const added = control.addStatementAdjustment(c.req.param("id"), {
      description: body.text("description", { required: true, maxLength: ADJUSTMENT_DESCRIPTION_LIMIT }),
      amount: body.text("amount", { required: true, maxLength: ADJUSTMENT_AMOUNT_LIMIT }),
    });
    return outcomeResponse(added, (adjustment) => dataResponse(renderStatementAdjustment(adjustment), 201));
  });

  routes.delete("/statements/:id/adjustments/:adjustmentId", (c) =>
    outcomeResponse(
      control.removeStatementAdjustment(c.req.param("id"), c.req.param("adjustmentId")),
      () => new Response(null, { status: 204 }),
    ),
  );

  routes.get("/statements/:id/declarations.csv", (c) => {
    const id = c.req.param("id");
    if (isNpqStatementId(control.state.npq, id)) {
      return outcomeResponse(control.npqStatementPayments(id), (payments) =>
        csvResponse(payments.csv, npqDeclarationsCsvFilename(control.state.npq, payments)),
      );
    }
    return outcomeResponse(control.statementPayments(id), (payments) =>
      csvResponse(payments.csv, declarationsCsvFilename(control.state.world, payments)),
    );
  });

  return routes;
}
