import type { MiddlewareHandler } from "hono";
import type { SandboxEnv, TokenResolver } from "./env.ts";
import { unauthorised } from "./responses.ts";

/**
 * The token of an `Authorization` header as Rails' token authentication reads it: `Bearer <token>` or
 * `Token token=<token>` (optionally quoted, optionally followed by other `key=value` options).
 */
export function readBearerToken(header: string | null | undefined): string | undefined {
  if (!header) {
    return undefined;
  }
  const match = /^(?:Token|Bearer)\s+(.*)$/s.exec(header);
  if (!match?.[1]) {
    return undefined;
  }
  const first = match[1].split(/\s*(?:,|;|\t)\s*/)[0] ?? "";
  const value = first.startsWith("token=") ? first.slice("token=".length) : first;
  const token = value.replace(/^"(.*)"$/s, "$1").trim();
  return token === "" ? undefined : token;
}

/**
 * Authenticates every API request before anything else is looked at (ECF rules §1.2): a missing or unknown token
 * is `401 {"error":"HTTP Token: Access denied"}`, without a `WWW-Authenticate` header.
 */
export function bearerAuth(resolveToken: TokenResolver): MiddlewareHandler<SandboxEnv> {
  return async (c, next) => {
    const token = readBearerToken(c.req.header("authorization"));
    const leadProvider = token === undefined ? undefined : resolveToken(token);
    if (leadProvider === undefined) {
      return unauthorised();
    }
    c.set("leadProvider", leadProvider);
    await next();
    return;
  };
}
