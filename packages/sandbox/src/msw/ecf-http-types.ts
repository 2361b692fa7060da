/**
 * Types of the typed overrides, read off the spec's `paths` (generated from `spec/ecf-v3.yaml` into
 * `generated/ecf-v3.gen.ts`): which paths a method has, their path parameters, request bodies, and the body each
 * status may answer with, per content type.
 */
import type { paths } from "./generated/ecf-v3.gen.ts";

/** The paths of the ECF Lead Provider API v3, as generated from the spec by openapi-typescript. */
export type EcfPaths = paths;

/** The HTTP methods an override can be registered for (lower case, as in the spec). */
export type EcfMethod = "get" | "put" | "post" | "delete" | "patch";

/** Paths (in the spec's own `{id}` syntax) that have an operation for `Method`. */
export type EcfPathFor<Method extends EcfMethod> = {
  [Path in keyof paths]: [NonNullable<paths[Path][Method]>] extends [never] ? never : Path;
}[keyof paths];

/** The spec's operation object for `Path` and `Method`. */
export type EcfOperation<Path extends keyof paths, Method extends EcfMethod> = NonNullable<paths[Path][Method]>;

/** Path parameters by name, as strings (decoded), e.g. `{ id: string }`. */
export type EcfPathParams<Operation> = Operation extends { parameters: { path: infer Params } }
  ? { [Name in keyof Params]: string }
  : Record<string, never>;

type RequestBodyObject<Operation> = Operation extends { requestBody?: infer Body } ? NonNullable<Body> : never;

/** The JSON body the operation accepts; `null` when it takes none. */
export type EcfRequestBody<Operation> = [RequestBodyObject<Operation>] extends [never]
  ? null
  : RequestBodyObject<Operation> extends { content: { "application/json": infer Body } }
    ? Body
    : unknown;

/** A `Request` whose `json()` is typed with the operation's request body. Nothing is checked at run time. */
export interface EcfRequest<Body> extends Request {
  json(): Promise<Body>;
  clone(): EcfRequest<Body>;
}

type Responses<Operation> = Operation extends { responses: infer Statuses } ? Statuses : never;

/** The statuses the spec documents for the operation. */
export type EcfStatus<Operation> = Extract<keyof Responses<Operation>, number>;

type ContentOf<Operation, Status extends EcfStatus<Operation>> = Responses<Operation>[Status] extends {
  content: infer Content;
}
  ? Content
  : never;

declare const operationOf: unique symbol;

/**
 * A `Response` made by an override's `response` helper (or `response.untyped`), branded with its operation so that
 * a resolver cannot return a body meant for another endpoint.
 */
export type EcfResponse<Operation> = Response & { readonly [operationOf]: Operation };

/** Headers and status text of a typed response; the status comes from `response(status)`. */
export interface EcfResponseInit {
  // `ResponseInit` rather than `HeadersInit`: `@types/node` declares the former globally, the latter only the DOM lib.
  readonly headers?: ResponseInit["headers"];
  readonly statusText?: string;
}

/** What `response(status)` offers: one method per content type the spec documents for that status. */
export type EcfResponseBuilder<Operation, Content> = (Content extends { "application/json": infer Body }
  ? {
      /** `application/json; charset=utf-8`, as the service sends it; the body is checked against the spec. */
      json(body: Body, init?: EcfResponseInit): EcfResponse<Operation>;
    }
  : unknown) &
  (Content extends { "text/plain": infer Body }
    ? {
        /** `text/plain; charset=utf-8`, e.g. DfE's `Retry later` on a 429. */
        text(body: Body, init?: EcfResponseInit): EcfResponse<Operation>;
      }
    : unknown);

/**
 * `response(status)` picks a documented status and then a content type; the body must be what the spec says.
 * `response.untyped(new Response(...))` is the way out for anything the spec does not describe.
 */
export interface EcfResponseHelper<Operation> {
  <Status extends EcfStatus<Operation>>(status: Status): EcfResponseBuilder<Operation, ContentOf<Operation, Status>>;
  untyped(response: Response): EcfResponse<Operation>;
}

/** What an override's resolver receives. */
export interface EcfResolverInfo<Operation> {
  readonly request: EcfRequest<EcfRequestBody<Operation>>;
  /** Path parameters, decoded, by the names the spec gives them (`{id}` → `params.id`). */
  readonly params: EcfPathParams<Operation>;
  /** The query string, as sent (`filter[cohort]`, `page[per_page]`, ...). */
  readonly query: URLSearchParams;
  readonly cookies: Record<string, string>;
  /** MSW's id of the request. */
  readonly requestId: string;
  readonly response: EcfResponseHelper<Operation>;
}

/**
 * An override: answer with `response(...)`, or return nothing to let the request through to the next handler
 * (usually the sandbox), e.g. to override only some requests to an endpoint.
 */
export type EcfResolver<Operation> = (
  info: EcfResolverInfo<Operation>,
) => EcfResponse<Operation> | undefined | Promise<EcfResponse<Operation> | undefined>;
