import { Hono } from "hono";
import type { SandboxEnv } from "../../http/env.ts";
import { ControlBody } from "../control-body.ts";
import { dataResponse } from "../control-response.ts";
import { FAULT_METHODS } from "../fault-check.ts";
import { EXPECTED } from "../messages.ts";
import { renderFault } from "../render.ts";
import type { SandboxControl } from "../sandbox-control.ts";

/** `/faults`: arm, list and disarm failures of the next Lead Provider API requests. */
export function faultRoutes(control: SandboxControl): Hono<SandboxEnv> {
  const routes = new Hono<SandboxEnv>();

  routes.get("/faults", () => dataResponse(control.faults().map(renderFault)));

  routes.post("/faults", async (c) => {
    const body = await ControlBody.read(c.req.raw, ["status", "count", "path", "method"], { optional: false });
    // Only the JSON types here: the values are checked by `addFault`, the same check in-process callers get.
    const anyInteger = { min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER };
    const status = body.required("status", body.integer("status", EXPECTED.statusCode, anyInteger));
    const count = body.integer("count", EXPECTED.positiveCount, anyInteger) ?? 1;
    const path = body.path("path");
    const method = body.oneOf("method", FAULT_METHODS, EXPECTED.method);
    return dataResponse(renderFault(control.addFault({ status, count, path, method })), 201);
  });

  routes.delete("/faults", () => {
    control.clearFaults();
    return new Response(null, { status: 204 });
  });

  return routes;
}
