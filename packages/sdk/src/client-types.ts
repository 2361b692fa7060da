/**
 * @module
 * The static types of the two client modes, for any of the SDK's APIs. At run time both are openapi-fetch
 * clients; the throwing one only differs by a middleware that raises on non-2xx, and its types say so: `data` is
 * never `undefined`.
 */
import type { Client, ClientPathsWithMethod, MaybeOptionalInit, Middleware, ParseAsResponse } from "openapi-fetch";
import type { paths } from "./generated/ecf-v3.ts";
import type { paths as NpqPaths } from "./generated/npq-v3.ts";

/** The HTTP methods of an openapi-typescript `paths` entry, lower case. */
export type HttpMethod = "get" | "put" | "post" | "delete" | "patch" | "head";

// Same rule as openapi-fetch's own (unexported) helpers: `init` is optional when nothing in it is required.
type RequiredKeysOf<T> = { [K in keyof T]: Record<never, never> extends Pick<T, K> ? never : K }[keyof T];
type InitParam<Init> =
  RequiredKeysOf<Init> extends never ? [(Init & { [key: string]: unknown })?] : [Init & { [key: string]: unknown }];

/** The non-throwing client: openapi-fetch's own `{ data, error, response }` result objects. */
export type EcfClient = Client<paths>;

/** Paths of the ECF API that accept `Method`, e.g. `EcfPath<"get">`. */
export type EcfPath<Method extends HttpMethod> = ClientPathsWithMethod<EcfClient, Method>;

/** What a throwing client's call resolves to: the success body, never an `error`. */
export interface SuccessResult<Data> {
  readonly data: Data;
  readonly error?: never;
  readonly response: Response;
}

type SuccessStatus = 200 | 201 | 202 | 203 | 206 | 207 | "2XX";

// The 2xx JSON body straight from the operation. Not openapi-fetch's `FetchResponse["data"]`: its `Readable<T>`
// (which strips `$Read`/`$Write` markers we do not generate) drops properties typed `null` and turns readonly
// arrays into non-iterable objects.
type SuccessJson<Operation> = Operation extends { readonly responses: infer Responses }
  ? {
      [Status in keyof Responses]: Status extends SuccessStatus
        ? Responses[Status] extends { readonly content: { readonly "application/json": infer Body } }
          ? Body
          : never
        : never;
    }[keyof Responses]
  : never;

type SuccessData<Operation, Init> = ParseAsResponse<SuccessJson<Operation>, Init>;

// The `& keyof …` intersections restate for the compiler what `ClientPathsWithMethod` guarantees: the path is a
// key of `Paths` and has `Method`. With concrete paths they reduce to the path and method themselves.
type PathItem<Paths, Path> = Paths[Path & keyof Paths];

type OperationOf<Paths, Path, Method extends HttpMethod> =
  PathItem<Paths, Path> extends { readonly [Key in Method]: infer Operation } ? Operation : never;

type ThrowingMethod<Paths extends {}, Method extends HttpMethod> = <
  Path extends ClientPathsWithMethod<Client<Paths>, Method>,
  Init extends MaybeOptionalInit<PathItem<Paths, Path>, Method & keyof PathItem<Paths, Path>>,
>(
  url: Path,
  ...init: InitParam<Init>
) => Promise<SuccessResult<SuccessData<OperationOf<Paths, Path, Method>, Init>>>;

// Type-only: names the API a throwing client speaks. Its generic methods alone would let a throwing ECF client pass
// for a throwing NPQ one, and the helpers read the API from the client's type (`PathsOf`).
declare const API_PATHS: unique symbol;

/**
 * The throwing mode (`throwOnError: true`) of a client for `Paths`: a call resolves with the success body or
 * rejects with a {@link LeadProviderApiError} subclass, so `data` needs no `undefined` check.
 */
export interface ThrowingClient<Paths extends {}> {
  /** Never set at run time: it only tells the compiler which API's `paths` the client speaks. */
  readonly [API_PATHS]?: Paths;
  /** Call a GET endpoint. */
  GET: ThrowingMethod<Paths, "get">;
  /** Call a PUT endpoint. */
  PUT: ThrowingMethod<Paths, "put">;
  /** Call a POST endpoint. */
  POST: ThrowingMethod<Paths, "post">;
  /** Call a DELETE endpoint. */
  DELETE: ThrowingMethod<Paths, "delete">;
  /** Call a PATCH endpoint. */
  PATCH: ThrowingMethod<Paths, "patch">;
  /** Call a HEAD endpoint. */
  HEAD: ThrowingMethod<Paths, "head">;
  /** Register openapi-fetch middleware. */
  use(...middleware: Middleware[]): void;
  /** Unregister openapi-fetch middleware. */
  eject(...middleware: Middleware[]): void;
}

/**
 * The throwing ECF client (`throwOnError: true`): a call resolves with the success body or rejects with a
 * {@link LeadProviderApiError} subclass, so `data` needs no `undefined` check.
 */
export type ThrowingEcfClient = ThrowingClient<paths>;

/** Either ECF client mode. */
export type AnyEcfClient = EcfClient | ThrowingEcfClient;

/** The non-throwing NPQ client: openapi-fetch's own `{ data, error, response }` result objects. */
export type NpqClient = Client<NpqPaths>;

/** Paths of the NPQ API that accept `Method`, e.g. `NpqPath<"get">`. */
export type NpqPath<Method extends HttpMethod> = ClientPathsWithMethod<NpqClient, Method>;

/**
 * The throwing NPQ client (`throwOnError: true`): a call resolves with the success body or rejects with a
 * {@link LeadProviderApiError} subclass, so `data` needs no `undefined` check.
 */
export type ThrowingNpqClient = ThrowingClient<NpqPaths>;

/** Either NPQ client mode. */
export type AnyNpqClient = NpqClient | ThrowingNpqClient;

/**
 * A client of either Lead Provider API in either mode: what the iterators, the sync helper and
 * {@link withServerDate} accept. They read the API's paths from the client's type ({@link PathsOf}).
 */
export type AnyLeadProviderClient = AnyEcfClient | AnyNpqClient;

/**
 * The `paths` of the API a client speaks. The two APIs share some paths (`/api/v3/statements`,
 * `/api/v3/participant-declarations`) with different bodies, so a path alone cannot say which API is meant: the
 * client's type does.
 */
export type PathsOf<Client> = Client extends AnyNpqClient ? NpqPaths : Client extends AnyEcfClient ? paths : never;
