import { Hono } from "hono";
import type { SandboxEnv } from "../http/env.ts";
import { answerUnsupportedMethods } from "../http/fallbacks.ts";
import type { Worlds } from "../worlds/worlds.ts";
import { guardControl } from "./control-guard.ts";
import { CONTROL_RESOURCE_ROUTES } from "./routes/index.ts";
import { worldsRoutes } from "./routes/worlds.ts";
import type { SandboxControl } from "./sandbox-control.ts";

/**
 * `/__sandbox`: HTTP in front of `SandboxControl`, behind the control guard (the optional control token, and no
 * writes from other sites); errors in the service's format.
 */
export function createControlApp(
  control: SandboxControl,
  controlToken: string | undefined,
  /** The sandbox's worlds, on the default world's app only: `/worlds` is answered whatever world a request names. */
  worlds?: Worlds,
): Hono<SandboxEnv> {
  const app = new Hono<SandboxEnv>({ strict: false });
  app.use(guardControl({ token: controlToken }));
  if (worlds !== undefined) {
    app.route("/", worldsRoutes(worlds));
  }
  for (const routes of CONTROL_RESOURCE_ROUTES) {
    app.route("/", routes(control));
  }
  // After mounting: the 405 answers are read from every resource's routes.
  answerUnsupportedMethods(app);
  return app;
}
