import type { Hono } from "hono";
import type { SandboxControl } from "../control/sandbox-control.ts";
import type { SandboxEnv } from "../http/env.ts";
import { homePage } from "./home-page.ts";

/** Nothing but the page's own inline style may load: the page never reaches outside the sandbox. */
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/**
 * `GET /`: the home page. With a control token the API tokens stay off it, as they are off every control
 * response without that token (docs/decisions/sandbox-network-exposure.md).
 */
export function homeRoute(app: Hono<SandboxEnv>, control: SandboxControl, controlToken: string | undefined): void {
  app.get("/", () => {
    const html = homePage(controlToken === undefined ? control.leadProviders() : "hidden");
    return new Response(html, {
      headers: {
        "content-type": "text/html; charset=utf-8",
        "content-security-policy": CONTENT_SECURITY_POLICY,
        "cache-control": "no-store",
      },
    });
  });
}
