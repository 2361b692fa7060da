import { ControlApiError } from "./control-api-error.ts";

/** A `fetch` the control client can use: the platform's, or a sandbox's own `sandbox.fetch`. */
export type ControlFetch = (request: Request) => Promise<Response>;

/** One control API call, as the client builds it. */
export interface ControlCall {
  readonly method: "GET" | "POST" | "PUT" | "DELETE";
  /** The path under the base URL, e.g. `/__sandbox/statements/{id}/mark-paid` with the id filled in. */
  readonly path: string;
  /** Query parameters; `undefined` ones are left out. */
  readonly query?: Readonly<Record<string, string | number | boolean | undefined>> | undefined;
  /** A JSON body. */
  readonly body?: unknown;
  /** How to read a successful answer: JSON (default), text, or nothing (204). */
  readonly read?: "json" | "text" | "none";
}

export interface ControlTransport {
  readonly baseUrl: string;
  readonly fetch: ControlFetch;
  readonly controlToken: string | undefined;
  /** Sent as `X-Sandbox-World` when set. */
  readonly world?: string | undefined;
}

/**
 * Sends one call and answers its parsed body; a non-2xx answer, or a `fetch` that fails, rejects with a
 * {@link ControlApiError} built as the SDK builds its errors.
 */
export async function sendControlCall(transport: ControlTransport, call: ControlCall): Promise<unknown> {
  const url = new URL(`${transport.baseUrl.replace(/\/+$/, "")}${call.path}`);
  for (const [name, value] of Object.entries(call.query ?? {})) {
    if (value !== undefined) {
      url.searchParams.set(name, String(value));
    }
  }
  const headers = new Headers({ accept: call.read === "text" ? "text/csv" : "application/json" });
  if (call.body !== undefined) {
    headers.set("content-type", "application/json");
  }
  if (transport.world !== undefined) {
    headers.set("x-sandbox-world", transport.world);
  }
  if (transport.controlToken !== undefined) {
    headers.set("authorization", `Bearer ${transport.controlToken}`);
  }
  const request = new Request(url, {
    method: call.method,
    headers,
    body: call.body === undefined ? null : JSON.stringify(call.body),
  });
  let response: Response;
  try {
    response = await transport.fetch(request);
  } catch (cause) {
    throw new ControlApiError({ status: undefined, method: call.method, path: url.pathname, cause });
  }
  if (!response.ok) {
    const body = await readBody(response);
    throw new ControlApiError({ status: response.status, method: call.method, path: url.pathname, body, response });
  }
  if (call.read === "none") {
    await response.body?.cancel();
    return undefined;
  }
  return call.read === "text" ? response.text() : response.json();
}

/** The body of an error answer: JSON when it parses, the text otherwise, `undefined` when empty. */
async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === "") {
    return undefined;
  }
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
