import type { MiddlewareHandler } from "hono";
import type { SandboxEnv, TokenResolver } from "./env.ts";
import { unauthorised } from "./responses.ts";

/**
 * The longest `Authorization` header read. Real tokens are a few dozen characters; a longer header is answered as
 * an unknown token (401) without being parsed, so its length costs nothing.
 */
export const MAX_AUTHORIZATION_LENGTH = 4096;

const SCHEMES = ["Bearer", "Token"] as const;
/** Where Rails' token authentication ends the token: the first option separator. */
const SEPARATOR = /[,;\t]/;
/** `String.prototype.trim`'s whitespace, which is also the regular expression `\s`. */
const WHITESPACE = /\s/;

/**
 * The token of an `Authorization` header as Rails' token authentication reads it: `Bearer <token>` or
 * `Token token=<token>` (optionally quoted, optionally followed by other `key=value` options).
 *
 * Each step is one pass over the header (no pattern that can backtrack over a run of spaces), so a hostile
 * header costs time in proportion to its length, and that is bounded by {@link MAX_AUTHORIZATION_LENGTH}.
 */
export function readBearerToken(header: string | null | undefined): string | undefined {
  if (!header || header.length > MAX_AUTHORIZATION_LENGTH) {
    return undefined;
  }
  const scheme = SCHEMES.find((name) => header.startsWith(name));
  if (scheme === undefined || !WHITESPACE.test(header.charAt(scheme.length))) {
    return undefined;
  }
  const credentials = header.slice(scheme.length).trimStart();
  const end = credentials.search(SEPARATOR);
  const first = (end === -1 ? credentials : credentials.slice(0, end)).trimEnd();
  const value = first.startsWith("token=") ? first.slice("token=".length) : first;
  const unquoted = value.length >= 2 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value;
  const token = unquoted.trim();
  return token === "" ? undefined : token;
}

/**
 * Authenticates every API request before anything else is looked at (ECF rules §1.2): a missing or unknown token
 * is `401 {"error":"HTTP Token: Access denied"}`, without a `WWW-Authenticate` header; `refuse` answers it in the
 * service's own format.
 */
export function bearerAuth(
  resolveToken: TokenResolver,
  refuse: () => Response = unauthorised,
): MiddlewareHandler<SandboxEnv> {
  return async (c, next) => {
    const token = readBearerToken(c.req.header("authorization"));
    const leadProvider = token === undefined ? undefined : resolveToken(token);
    if (leadProvider === undefined) {
      return refuse();
    }
    c.set("leadProvider", leadProvider);
    await next();
    return;
  };
}
