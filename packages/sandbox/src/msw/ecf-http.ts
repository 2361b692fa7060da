import { type HttpHandler, http, type RequestHandlerOptions } from "msw";
import { type BaseUrl, ECF_SANDBOX_BASE_URL, escapeRegExp, parseBaseUrl } from "./base-url.ts";
import type {
  EcfMethod,
  EcfOperation,
  EcfPathFor,
  EcfResolver,
  EcfResolverInfo,
  EcfResponseHelper,
  EcfResponseInit,
} from "./ecf-http-types.ts";

/** Options of {@link createEcfHttp}. */
export interface EcfHttpOptions {
  /** The base URL your code calls, as for `createSandboxHandlers`. Default: DfE's sandbox. */
  readonly baseUrl?: string;
}

type Register<Method extends EcfMethod> = <Path extends EcfPathFor<Method>>(
  path: Path,
  resolver: EcfResolver<EcfOperation<Path, Method>>,
  options?: RequestHandlerOptions,
) => HttpHandler;

/**
 * MSW's `http`, typed from the ECF spec: only the spec's paths (in its own `{id}` syntax) are accepted for each
 * method, `params` and `request.json()` are typed, and `response(status).json(body)` accepts only a status the
 * spec documents for that endpoint, with the body it documents.
 */
export interface EcfHttp {
  readonly get: Register<"get">;
  readonly post: Register<"post">;
  readonly put: Register<"put">;
  readonly patch: Register<"patch">;
  readonly delete: Register<"delete">;
}

const JSON_TYPE = "application/json; charset=utf-8";
const TEXT_TYPE = "text/plain; charset=utf-8";

function typedResponse(status: number, body: string, contentType: string, init: EcfResponseInit = {}) {
  const headers = new Headers(init.headers);
  if (!headers.has("content-type")) {
    headers.set("content-type", contentType);
  }
  return new Response(body, { status, statusText: init.statusText, headers });
}

// One implementation for every operation: the types of `EcfResponseHelper` decide which methods may be called.
const responseHelper = Object.assign(
  (status: number) => ({
    json: (body: unknown, init?: EcfResponseInit) => typedResponse(status, JSON.stringify(body), JSON_TYPE, init),
    text: (body: string, init?: EcfResponseInit) => typedResponse(status, body, TEXT_TYPE, init),
  }),
  { untyped: (response: Response) => response },
) as unknown as EcfResponseHelper<unknown>;

/** `/api/v3/participants/{id}` under the base URL, as a pattern over MSW's clean URL, and its parameter names. */
function compilePath(base: BaseUrl, template: string): { pattern: RegExp; names: string[] } {
  const names: string[] = [];
  const source = template
    .split(/(\{[^}/]+\})/)
    .map((part) => {
      const name = /^\{([^}/]+)\}$/.exec(part)?.[1];
      if (name === undefined) {
        return escapeRegExp(part);
      }
      names.push(name);
      return "([^/]+)";
    })
    .join("");
  // An optional trailing slash, because the sandbox (like the service's router) ignores it.
  return { pattern: new RegExp(`^${base.prefix}${source}/?$`), names };
}

function decodedParams(pattern: RegExp, names: readonly string[], url: URL): Record<string, string> | undefined {
  const match = pattern.exec(`${url.origin}${url.pathname}`);
  if (match === null) {
    return undefined;
  }
  try {
    return Object.fromEntries(names.map((name, index) => [name, decodeURIComponent(match[index + 1] ?? "")]));
  } catch {
    // A malformed escape (`%zz`): not ours to answer; the sandbox gives the service's reply.
    return undefined;
  }
}

function register<Method extends EcfMethod>(base: BaseUrl, method: Method): Register<Method> {
  return (path, resolver, options) => {
    const { pattern, names } = compilePath(base, path);
    // Matching is done on a RegExp, with the parameters decoded here: MSW 2 and 3 read path strings differently.
    return http[method](
      pattern,
      async ({ request, cookies, requestId }) => {
        const url = new URL(request.url);
        const params = decodedParams(pattern, names, url);
        if (params === undefined) {
          return undefined;
        }
        const info = { request, params, query: url.searchParams, cookies, requestId, response: responseHelper };
        return resolver(info as unknown as EcfResolverInfo<EcfOperation<typeof path, Method>>);
      },
      options,
    );
  };
}

/**
 * Typed request handlers for the ECF Lead Provider API, for the rare test that wants a canned answer rather than
 * the sandbox's: an outage, DfE's plain-text 429, a record in a state the rules cannot reach. Put them in front of
 * the sandbox with `server.use(...)`; a resolver that returns nothing lets the request through to the sandbox.
 *
 * @example
 * const http = createEcfHttp();
 * server.use(
 *   http.get("/api/v3/statements/{id}", ({ params, response }) =>
 *     response(404).json({ errors: [{ title: "Resource not found", detail: `No statement ${params.id}` }] }),
 *   ),
 * );
 */
export function createEcfHttp(options: EcfHttpOptions = {}): EcfHttp {
  const base = parseBaseUrl(options.baseUrl ?? ECF_SANDBOX_BASE_URL);
  return {
    get: register(base, "get"),
    post: register(base, "post"),
    put: register(base, "put"),
    patch: register(base, "patch"),
    delete: register(base, "delete"),
  };
}
