import { Hono } from "hono";
import type { SandboxEnv } from "../../http/env.ts";
import { jsonResponse } from "../../http/responses.ts";
import { ControlBody } from "../control-body.ts";
import { EXPECTED } from "../messages.ts";
import { renderSummary } from "../render.ts";
import type { SandboxControl } from "../sandbox-control.ts";

/** `/health`, `/world` and `/reset`: whether the sandbox is up, what world it holds, and a new one. */
export function worldRoutes(control: SandboxControl): Hono<SandboxEnv> {
  const routes = new Hono<SandboxEnv>();

  routes.get("/health", () => jsonResponse({ status: "ok" }));

  routes.get("/world", async () => jsonResponse(renderSummary(await control.summary())));

  routes.post("/reset", async (c) => {
    const body = await ControlBody.read(c.req.raw, ["seed", "now"], { optional: true });
    const seed = body.integer("seed", EXPECTED.integerSeed, { min: 0, max: 0xffffffff });
    const now = body.instantOrNull("now");
    control.reset({ seed, now });
    return jsonResponse(renderSummary(await control.summary()));
  });

  return routes;
}
