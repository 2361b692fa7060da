import type { Middleware } from "openapi-fetch";

/** A token, or a function returning one (read on every request, e.g. from a secret store). */
export type TokenSource = string | (() => string | Promise<string>);

/** Sets `Authorization: Bearer <token>` on every request; `name` says which token in errors. */
export function bearerAuth(token: TokenSource, name = "The Lead Provider API token"): Middleware {
  if (typeof token === "string") {
    assertToken(token, name);
  }
  return {
    async onRequest({ request }) {
      const value = typeof token === "string" ? token : assertToken(await token(), name);
      request.headers.set("Authorization", `Bearer ${value}`);
      return request;
    },
  };
}

function assertToken(token: unknown, name: string): string {
  if (typeof token !== "string" || token.trim() === "") {
    throw new TypeError(`${name} must be a non-empty string`);
  }
  return token;
}
