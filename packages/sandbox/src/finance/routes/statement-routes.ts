/**
 * The statement screens (finance dashboard §1.2, §1.3, §1.4, §1.5, §1.8 and §1.10): landing, choose provider, the selector, the
 * statement, its voided declarations, its CSV, and authorising it for payment. Reads come from the engine's queries
 * and calculation; the one change, authorising, is the same engine command as `POST /__sandbox/statements/{id}/mark-paid`.
 */
import { ROLES, type Role, type Statement } from "@lpkit/engine";
import { findRow } from "@lpkit/engine/internal";
import { Hono } from "hono";
import type { SandboxEnv } from "../../http/env.ts";
import { assuranceReportCsv, assuranceReportFilename } from "../assurance-report.ts";
import { messagePage, notFoundPage } from "../components/message-page.ts";
import { statementSlug } from "../components/statement-selector.ts";
import type { FinanceContext } from "../finance-context.ts";
import { csvDownload } from "../finance-csv.ts";
import { FINANCE_PATHS } from "../finance-paths.ts";
import {
  currentStatement,
  leadProvidersByName,
  outputStatements,
  readId,
  voidedDeclarations,
} from "../finance-queries.ts";
import { FormFields } from "../form-fields.ts";
import { htmlResponse, seeOther } from "../html-response.ts";
import { authorisePage } from "../pages/authorise-page.ts";
import { chooseProviderPage } from "../pages/choose-provider-page.ts";
import { landingPage } from "../pages/landing-page.ts";
import { statementPage } from "../pages/statement-page.ts";
import { voidedPage } from "../pages/voided-page.ts";
import { refusalDetail } from "../refusal-detail.ts";
import { statementPageData } from "../statement-page-data.ts";

export function statementRoutes(context: FinanceContext): Hono<SandboxEnv> {
  const routes = new Hono<SandboxEnv>();

  /** The statement at `statementId` when it is `leadProviderId`'s; else undefined (a 404). */
  const statementOf = (leadProviderId: string | undefined, statementId: string): Statement | undefined => {
    const statement = findRow(context.world, "statements", readId(statementId));
    return statement !== undefined &&
      (leadProviderId === undefined || statement.leadProviderId === readId(leadProviderId))
      ? statement
      : undefined;
  };

  routes.get("/", () => seeOther(FINANCE_PATHS.landing));
  routes.get("/manage-cpd-contracts", () => htmlResponse(landingPage()));

  routes.get("/payment-breakdowns/choose-provider-ecf", () =>
    htmlResponse(chooseProviderPage(leadProvidersByName(context.world))),
  );

  routes.post("/payment-breakdowns/choose-provider-ecf", async (c) => {
    const leadProviderId = readId((await FormFields.read(c)).get("lead_provider") ?? "");
    const statement =
      findRow(context.world, "leadProviders", leadProviderId) === undefined
        ? undefined
        : currentStatement(context.world, leadProviderId, context.today());
    if (statement === undefined) {
      return htmlResponse(chooseProviderPage(leadProvidersByName(context.world), { error: true }), 422);
    }
    return seeOther(FINANCE_PATHS.statement(statement.leadProviderId, statement.id));
  });

  // The selector: the statement of that provider and cohort with that name; the cohort's first when the name is not
  // one of the cohort's (the provider or cohort changed, the statement menu did not).
  routes.post("/payment-breakdowns/choose-ecf-statement", async (c) => {
    const form = await FormFields.read(c);
    const leadProviderId = readId(form.get("lead_provider") ?? "");
    const cohortYear = Number(form.get("cohort_year"));
    const candidates =
      findRow(context.world, "leadProviders", leadProviderId) === undefined
        ? []
        : outputStatements(context.world, leadProviderId, Number.isSafeInteger(cohortYear) ? cohortYear : undefined);
    const slug = form.get("statement");
    const statement = candidates.find((candidate) => statementSlug(candidate) === slug) ?? candidates[0];
    if (statement === undefined) {
      return seeOther(FINANCE_PATHS.chooseProvider);
    }
    return seeOther(FINANCE_PATHS.statement(statement.leadProviderId, statement.id));
  });

  routes.get("/ecf/payment_breakdowns/:leadProviderId/statements/:id", (c) => {
    const statement = statementOf(c.req.param("leadProviderId"), c.req.param("id"));
    if (statement === undefined) {
      return htmlResponse(notFoundPage(), 404);
    }
    const data = statementPageData(context, statement);
    return data.ok
      ? htmlResponse(statementPage(data.model))
      : htmlResponse(messagePage("Statement cannot be shown", data.detail), 422);
  });

  routes.get("/ecf/payment_breakdowns/:leadProviderId/statements/:id/voided/:role?", (c) => {
    const statement = statementOf(c.req.param("leadProviderId"), c.req.param("id"));
    const role = c.req.param("role");
    if (statement === undefined || (role !== undefined && !ROLES.includes(role as Role))) {
      return htmlResponse(notFoundPage(), 404);
    }
    const chosen = role as Role | undefined;
    return htmlResponse(voidedPage(statement, voidedDeclarations(context.world, statement.id, chosen), chosen));
  });

  routes.get("/ecf/statements/:id/assurance-report.csv", (c) => {
    const statement = statementOf(undefined, c.req.param("id"));
    if (statement === undefined) {
      return htmlResponse(notFoundPage(), 404);
    }
    return csvDownload(assuranceReportFilename(context.world, statement), assuranceReportCsv(context.world, statement));
  });

  routes.get("/statements/:id/payment_authorisations/new", (c) => {
    const statement = statementOf(undefined, c.req.param("id"));
    if (statement === undefined) {
      return htmlResponse(notFoundPage(), 404);
    }
    const data = statementPageData(context, statement);
    if (!data.ok || !data.model.authorisable) {
      return seeOther(FINANCE_PATHS.statement(statement.leadProviderId, statement.id));
    }
    return htmlResponse(authorisePage(data.model));
  });

  routes.post("/statements/:id/payment_authorisations", async (c) => {
    const statement = statementOf(undefined, c.req.param("id"));
    if (statement === undefined) {
      return htmlResponse(notFoundPage(), 404);
    }
    const data = statementPageData(context, statement);
    const statementPath = FINANCE_PATHS.statement(statement.leadProviderId, statement.id);
    if (!data.ok || !data.model.authorisable) {
      return seeOther(statementPath);
    }
    if ((await FormFields.read(c)).get("checks_done") !== "true") {
      return htmlResponse(authorisePage(data.model, { error: true }), 422);
    }
    const paid = context.control.markStatementPaid(statement.id);
    if (!paid.ok) {
      const detail = refusalDetail(paid.failure);
      return htmlResponse(messagePage("Statement cannot be authorised", detail), 422);
    }
    return seeOther(statementPath);
  });

  return routes;
}
