import type { Middleware } from "openapi-fetch";

/** A token, or a function returning one (read on every request, e.g. from a secret store). */
export type TokenSource = string | (() => string | Promise<string>);

/** Sets `Authorization: Bearer <token>` on every request. */
export function bearerAuth(token: TokenSource): Middleware {
  if (typeof token === "string") {
    assertToken(token);
  }
  return {
    async onRequest({ request }) {
      const value = typeof token === "string" ? token : assertToken(await token());
      request.headers.set("Authorization", `Bearer ${value}`);
      return request;
    },
  };
}

function assertToken(token: unknown): string {
  if (typeof token !== "string" || token.trim() === "") {
    throw new TypeError("The Lead Provider API token must be a non-empty string");
  }
  return token;
}
