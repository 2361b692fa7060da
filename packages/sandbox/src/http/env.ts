import type { QueryHash } from "./query/parse-query.ts";

/** Who a bearer token belongs to: enough to scope every read and command to one lead provider. */
export interface LeadProviderIdentity {
  readonly id: string;
  readonly name: string;
}

/** Resolves a bearer token to its lead provider, or undefined for an unknown token. */
export type TokenResolver = (token: string) => LeadProviderIdentity | undefined;

/** Hono context variables the sandbox's middleware sets for its routes. */
interface SandboxVariables {
  /** The instant the whole request runs at: the sandbox clock, or `X-With-Server-Date`. */
  now: Date;
  /** The lead provider of the bearer token (API routes only). */
  leadProvider: LeadProviderIdentity;
  /**
   * Set when no route matched under the API: the real service answers from Rails' exceptions app, outside the
   * middleware that adds `ETag` and `Cache-Control`, so the answer carries neither (ECF rules §1.3).
   */
  routeNotFound: boolean;
  /** The query string as Rails builds its parameters (API routes only). */
  query: QueryHash;
}

export interface SandboxEnv {
  Variables: SandboxVariables;
}
