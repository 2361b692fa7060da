import { Hono } from "hono";
import type { SandboxEnv } from "../../http/env.ts";
import { jsonResponse } from "../../http/responses.ts";
import { ControlBody } from "../control-body.ts";
import { renderClock } from "../render.ts";
import type { SandboxControl } from "../sandbox-control.ts";

/** `/clock`: the sandbox's "now", frozen, running from another instant, or real time. */
export function clockRoutes(control: SandboxControl): Hono<SandboxEnv> {
  const routes = new Hono<SandboxEnv>();

  routes.get("/clock", () => jsonResponse(renderClock(control.clock.state())));

  routes.put("/clock", async (c) => {
    const body = await ControlBody.read(c.req.raw, ["now", "frozen"], { optional: false });
    const now = body.required("now", body.instantOrNull("now"));
    control.setClock({ now, frozen: body.boolean("frozen") });
    return jsonResponse(renderClock(control.clock.state()));
  });

  return routes;
}
