/**
 * `/finance`: DfE's ECF finance dashboard as contract managers see it (finance dashboard §1), drawn from the
 * sandbox's world: server-rendered GOV.UK pages whose every figure is the engine's calculation of the statement, with
 * GOV.UK Frontend's files served from the sandbox itself. No sign-in (docs/decisions/finance-dashboard.md); with a
 * control token the dashboard is off, since it changes the world as the control API does and a browser cannot send
 * the token.
 */
import { Hono } from "hono";
import type { SandboxControl } from "../control/sandbox-control.ts";
import type { SandboxEnv } from "../http/env.ts";
import { messagePage, notFoundPage } from "./components/message-page.ts";
import { FinanceContext } from "./finance-context.ts";
import { guardFinance } from "./finance-security.ts";
import { FINANCE_STYLESHEET } from "./finance-stylesheet.ts";
import { FINANCE_INIT_SCRIPT, GOVUK_FRONTEND_ASSETS, readGovukFrontendAsset } from "./govuk-frontend-assets.ts";
import { htmlResponse } from "./html-response.ts";
import { adjustmentRoutes } from "./routes/adjustment-routes.ts";
import { npqAdjustmentRoutes } from "./routes/npq-adjustment-routes.ts";
import { participantRoutes } from "./routes/participant-routes.ts";
import { statementListRoutes } from "./routes/statement-list-routes.ts";
import { statementRoutes } from "./routes/statement-routes.ts";

const ASSET_CACHE = "public, max-age=3600";

export function createFinanceApp(control: SandboxControl, controlToken: string | undefined): Hono<SandboxEnv> {
  const app = new Hono<SandboxEnv>();
  app.use(guardFinance());

  app.get("/assets/init.js", () => assetResponse(FINANCE_INIT_SCRIPT, "text/javascript; charset=utf-8"));
  app.get("/assets/finance.css", () => assetResponse(FINANCE_STYLESHEET, "text/css; charset=utf-8"));
  app.get("/assets/*", async (c) => {
    const name = c.req.path.slice(c.req.path.indexOf("/assets/") + "/assets/".length);
    const bytes = await readGovukFrontendAsset(name);
    const type = GOVUK_FRONTEND_ASSETS[name];
    return bytes === undefined || type === undefined ? htmlResponse(notFoundPage(), 404) : assetResponse(bytes, type);
  });

  if (controlToken !== undefined) {
    app.all("*", () =>
      htmlResponse(
        messagePage(
          "The finance dashboard is off",
          "This sandbox runs with a control token, and the dashboard changes the world as the control API does. " +
            "Run the sandbox without a control token to use it.",
        ),
        403,
      ),
    );
    return app;
  }

  const context = new FinanceContext(control);
  app.route("/", statementRoutes(context));
  app.route("/", adjustmentRoutes(context));
  app.route("/", participantRoutes(context));
  app.route("/", statementListRoutes(context));
  app.route("/", npqAdjustmentRoutes(context));
  // A sub-app's own notFound is not consulted once mounted; this catches the rest of /finance.
  app.all("*", () => htmlResponse(notFoundPage(), 404));
  return app;
}

function assetResponse(body: string | Uint8Array<ArrayBuffer>, type: string): Response {
  return new Response(body, { headers: { "content-type": type, "cache-control": ASSET_CACHE } });
}
