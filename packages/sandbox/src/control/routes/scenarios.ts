import { Hono } from "hono";
import type { SandboxEnv } from "../../http/env.ts";
import { ControlQuery } from "../control-query.ts";
import { dataResponse } from "../control-response.ts";
import { EXPECTED } from "../messages.ts";
import { renderScenario } from "../render.ts";
import type { SandboxControl } from "../sandbox-control.ts";

const SCENARIO_FILTERS = ["programme", "lead_provider_id", "name"];
const PROGRAMMES = ["ecf", "npq"] as const;

/** `/scenarios`: named situations of both APIs' worlds and the ids that reach them. */
export function scenarioRoutes(control: SandboxControl): Hono<SandboxEnv> {
  const routes = new Hono<SandboxEnv>();

  routes.get("/scenarios", (c) => {
    const query = ControlQuery.read(c.req.url, SCENARIO_FILTERS);
    const scenarios = control.scenarios({
      programme: query.oneOf("programme", PROGRAMMES, EXPECTED.programme),
      leadProviderId: query.uuid("lead_provider_id"),
      name: query.text("name"),
    });
    return dataResponse(scenarios.map(renderScenario));
  });

  return routes;
}
