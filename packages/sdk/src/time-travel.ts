/**
 * @module
 * Time travel: DfE's sandboxes of both APIs (and the Lead Provider Kit sandbox) run a request "as if now were" the
 * instant in the `X-With-Server-Date` header, so declarations can be tested ahead of their milestone dates. Production
 * ignores the header.
 */
import { mergeHeaders } from "openapi-fetch";
import type { AnyLeadProviderClient } from "./client-types.ts";
import { formatRfc3339, parseInstant } from "./rfc3339.ts";

/** The sandbox header that sets the server's clock for one request. */
export const SERVER_DATE_HEADER = "X-With-Server-Date";

/**
 * The header for one request, to spread into a call's `headers`.
 *
 * @example
 * await client.POST("/api/v3/participant-declarations", { body, headers: serverDateHeaders("2026-04-02T09:00:00Z") });
 */
export function serverDateHeaders(date: Date | string): { readonly [SERVER_DATE_HEADER]: string } {
  return { [SERVER_DATE_HEADER]: formatRfc3339(parseInstant(date, SERVER_DATE_HEADER)) };
}

/**
 * A view of `client` that sends `X-With-Server-Date: <date>` with every call. It shares the client's fetch,
 * retry policy and middleware (so `use()` on either affects both); the original client is unchanged.
 *
 * @example
 * const inApril = withServerDate(client, "2026-04-02T09:00:00Z");
 * await inApril.POST("/api/v3/participant-declarations", { body });
 */
export function withServerDate<Client extends AnyLeadProviderClient>(client: Client, date: Date | string): Client {
  const header = serverDateHeaders(date);
  type Init = { headers?: Parameters<typeof mergeHeaders>[0] } | undefined;
  const withHeader = (init: Init) => ({ ...init, headers: mergeHeaders(init?.headers, header) });
  const source = client as unknown as Record<string, (...args: unknown[]) => unknown>;
  const view: Record<string, unknown> = {
    use: (...middleware: unknown[]) => source.use?.(...middleware),
    eject: (...middleware: unknown[]) => source.eject?.(...middleware),
  };
  for (const method of ["GET", "PUT", "POST", "DELETE", "PATCH", "HEAD", "OPTIONS", "TRACE"]) {
    view[method] = (url: unknown, init?: Init) => source[method]?.(url, withHeader(init));
  }
  if (typeof source.request === "function") {
    view.request = (method: unknown, url: unknown, init?: Init) => source.request?.(method, url, withHeader(init));
  }
  return view as Client;
}
