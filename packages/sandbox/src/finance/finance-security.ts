/**
 * The dashboard's guards. Its pages load only the sandbox's own files (a Content-Security-Policy that names no
 * other origin), and its forms change the world (void, authorise), so a form posted from another site's page is
 * refused: the browser says where a form comes from (`Origin`, `Sec-Fetch-Site`).
 */
import type { MiddlewareHandler } from "hono";

const FINANCE_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join("; ");

/** Whether a request came from one of the sandbox's own pages (or from no browser page at all, as a test's does). */
function isSameOrigin(request: Request): boolean {
  const site = request.headers.get("sec-fetch-site");
  if (site !== null) {
    return site === "same-origin" || site === "none";
  }
  const origin = request.headers.get("origin");
  return origin === null || origin === "null" ? origin === null : origin === new URL(request.url).origin;
}

export function guardFinance(): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method === "POST" && !isSameOrigin(c.req.raw)) {
      return c.text("Forbidden: the finance dashboard takes forms from its own pages only", 403);
    }
    await next();
    c.res.headers.set("content-security-policy", FINANCE_CONTENT_SECURITY_POLICY);
    if (!c.res.headers.has("cache-control")) {
      c.res.headers.set("cache-control", "no-store");
    }
    c.res.headers.set("x-content-type-options", "nosniff");
    return undefined;
  };
}
