import { Hono } from "hono";
import type { SandboxEnv } from "../../http/env.ts";
import { BAD_REQUEST_TITLE, NOT_FOUND_TITLE } from "../../http/messages.ts";
import { errorResponse } from "../../http/responses.ts";
import { WORLD_MESSAGES, WORLD_NAME } from "../../worlds/world-names.ts";
import type { World, WorldRefusal, Worlds } from "../../worlds/worlds.ts";
import { ControlBody } from "../control-body.ts";
import { dataResponse } from "../control-response.ts";
import { CONTROL_MESSAGES, EXPECTED } from "../messages.ts";
import { renderClock } from "../render.ts";

/** A world as `/__sandbox/worlds` shows it: its name, its current seed and its clock. */
function renderWorld(world: World) {
  return { name: world.name, seed: world.control.state.seed, ...renderClock(world.control.clock.state()) };
}

function refusal(refused: WorldRefusal): Response {
  return errorResponse(refused.status, [
    { title: refused.status === 404 ? NOT_FOUND_TITLE : "name", detail: refused.detail },
  ]);
}

/** `/worlds`: create, list and delete the sandbox's isolated worlds (docs/decisions/sandbox-isolated-worlds.md). */
export function worldsRoutes(worlds: Worlds): Hono<SandboxEnv> {
  const routes = new Hono<SandboxEnv>();

  routes.get("/worlds", () => dataResponse(worlds.list().map(renderWorld)));

  routes.post("/worlds", async (c) => {
    const body = await ControlBody.read(c.req.raw, ["name", "seed", "now"], { optional: true });
    const name = body.text("name", { maxLength: 64 });
    if (name !== undefined && !WORLD_NAME.test(name)) {
      return errorResponse(400, [
        { title: BAD_REQUEST_TITLE, detail: CONTROL_MESSAGES.mustBe("name", WORLD_MESSAGES.expectedName) },
      ]);
    }
    const seed = body.integer("seed", EXPECTED.integerSeed, { min: 0, max: 0xffffffff });
    const now = body.instantOrNull("now");
    const created = worlds.create({ name, seed, now });
    return "status" in created ? refusal(created) : dataResponse(renderWorld(created), 201);
  });

  routes.delete("/worlds/:name", (c) => {
    const refused = worlds.delete(c.req.param("name"));
    return refused === undefined ? new Response(null, { status: 204 }) : refusal(refused);
  });

  return routes;
}
