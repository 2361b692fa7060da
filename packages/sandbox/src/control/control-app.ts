import { Hono } from "hono";
import type { SandboxEnv } from "../http/env.ts";
import { answerUnsupportedMethods } from "../http/fallbacks.ts";
import { guardControl } from "./control-guard.ts";
import { CONTROL_RESOURCE_ROUTES } from "./routes/index.ts";
import type { SandboxControl } from "./sandbox-control.ts";

/**
 * `/__sandbox`: HTTP in front of `SandboxControl`, behind the control guard (the optional control token, and no
 * writes from other sites); errors in the service's format.
 */
export function createControlApp(control: SandboxControl, controlToken: string | undefined): Hono<SandboxEnv> {
  const app = new Hono<SandboxEnv>({ strict: false });
  app.use(guardControl({ token: controlToken }));
  for (const routes of CONTROL_RESOURCE_ROUTES) {
    app.route("/", routes(control));
  }
  // After mounting: the 405 answers are read from every resource's routes.
  answerUnsupportedMethods(app);
  return app;
}
