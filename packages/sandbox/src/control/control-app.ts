import { Hono } from "hono";
import type { SandboxEnv } from "../http/env.ts";
import { answerUnsupportedMethods } from "../http/fallbacks.ts";
import { jsonResponse } from "../http/responses.ts";
import { ControlBody } from "./control-body.ts";
import { EXPECTED } from "./messages.ts";
import { renderClock, renderFault, renderLeadProvider, renderScenario, renderSummary } from "./render.ts";
import type { SandboxControl } from "./sandbox-control.ts";

const FAULT_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD"] as const;

/** `/__sandbox`: HTTP in front of `SandboxControl`. No token; errors in the service's format. */
export function createControlApp(control: SandboxControl): Hono<SandboxEnv> {
  const app = new Hono<SandboxEnv>({ strict: false });

  app.get("/health", () => jsonResponse({ status: "ok" }));

  app.get("/lead-providers", () => jsonResponse({ data: control.leadProviders().map(renderLeadProvider) }));

  app.get("/world", async () => jsonResponse(renderSummary(await control.summary())));

  app.post("/reset", async (c) => {
    const body = await ControlBody.read(c.req.raw, ["seed", "now"], { optional: true });
    const seed = body.integer("seed", EXPECTED.integerSeed, { min: 0, max: 0xffffffff });
    const now = body.instantOrNull("now");
    control.reset({ seed, now });
    return jsonResponse(renderSummary(await control.summary()));
  });

  app.get("/clock", () => jsonResponse(renderClock(control.clock.state())));

  app.put("/clock", async (c) => {
    const body = await ControlBody.read(c.req.raw, ["now", "frozen"], { optional: false });
    const now = body.required("now", body.instantOrNull("now"));
    control.setClock({ now, frozen: body.boolean("frozen") });
    return jsonResponse(renderClock(control.clock.state()));
  });

  app.get("/scenarios", (c) => {
    const scenarios = control.scenarios({
      leadProviderId: c.req.query("lead_provider_id"),
      name: c.req.query("name"),
    });
    return jsonResponse({ data: scenarios.map(renderScenario) });
  });

  app.get("/faults", () => jsonResponse({ data: control.faults().map(renderFault) }));

  app.post("/faults", async (c) => {
    const body = await ControlBody.read(c.req.raw, ["status", "count", "path", "method"], { optional: false });
    const status = body.required("status", body.integer("status", EXPECTED.statusCode, { min: 400, max: 599 }));
    const count = body.integer("count", EXPECTED.positiveCount, { min: 1, max: Number.MAX_SAFE_INTEGER }) ?? 1;
    const path = body.path("path");
    const method = body.oneOf("method", FAULT_METHODS, EXPECTED.method);
    return jsonResponse({ data: renderFault(control.addFault({ status, count, path, method })) }, 201);
  });

  app.delete("/faults", () => {
    control.clearFaults();
    return new Response(null, { status: 204 });
  });

  answerUnsupportedMethods(app);
  return app;
}
