/**
 * @module
 * Async iterators over the APIs' "countless" pagination: `page[page]` counts up from 1 until a page comes back
 * empty (the APIs return no totals, links or cursors), as DfE's guidance prescribes. The ECF and NPQ APIs page
 * alike, so one implementation serves both; the API, and with it the item type, comes from the client's type.
 */
import type { HeadersOptions } from "openapi-fetch";
import type { AnyLeadProviderClient, PathsOf } from "./client-types.ts";
import type { paths as EcfPaths } from "./generated/ecf-v3.ts";
import type { ListItem, ListPath, ListPathParams, ListQuery } from "./list-endpoints.ts";
import { dataOrThrow, type FetchResult } from "./response-error.ts";

/** The API's default page size. */
export const DEFAULT_PER_PAGE = 100;
/** The API's largest page size; it silently serves 3,000 items for anything larger. */
export const MAX_PER_PAGE = 3000;

/** Options of {@link paginate} and {@link paginatePages}. */
export interface PaginateOptions<Path extends ListPath<Paths>, Paths = EcfPaths> {
  /** Filters and sort of the endpoint (everything but `page`). */
  readonly query?: ListQuery<Path, Paths>;
  /** The path's parameters, for a list under one resource (`/api/v3/participants/npq/{id}/outcomes`). */
  readonly pathParams?: ListPathParams<Path, Paths>;
  /**
   * Items per request, default {@link DEFAULT_PER_PAGE}. Values above {@link MAX_PER_PAGE} are clamped to it, as
   * the API itself does; values below 1 or not integers throw a `RangeError` (the API would answer 400).
   */
  readonly perPage?: number;
  /** Extra headers for every page request. */
  readonly headers?: HeadersOptions;
  /** Aborts the walk: the pending request is aborted and the iterator rejects with the abort reason. */
  readonly signal?: AbortSignal;
}

/**
 * `options` is required only for endpoints with a required query (e.g. ECF schools need `filter[cohort]`) or with
 * path parameters (one NPQ participant's outcomes need `pathParams: { id }`).
 */
export type PaginateArgs<Path extends ListPath<Paths>, Paths = EcfPaths> = [ListPathParams<Path, Paths>] extends [never]
  ? Record<never, never> extends ListQuery<Path, Paths>
    ? [options?: PaginateOptions<Path, Paths>]
    : [options: PaginateOptions<Path, Paths> & { readonly query: ListQuery<Path, Paths> }]
  : Record<never, never> extends ListQuery<Path, Paths>
    ? [options: PaginateOptions<Path, Paths> & { readonly pathParams: ListPathParams<Path, Paths> }]
    : [
        options: PaginateOptions<Path, Paths> & {
          readonly query: ListQuery<Path, Paths>;
          readonly pathParams: ListPathParams<Path, Paths>;
        },
      ];

/** One page of a list endpoint. */
export interface Page<Item> {
  /** The page number, from 1. */
  readonly number: number;
  /** The page size that was requested (after clamping). */
  readonly perPage: number;
  /** The page's items; never empty (the empty page ends the walk and is not yielded). */
  readonly items: readonly Item[];
  readonly response: Response;
}

/**
 * Iterates over every page of a list endpoint of the client's API (ECF or NPQ), in the API's order. Errors are
 * thrown as {@link LeadProviderApiError} subclasses whichever mode the client is in.
 *
 * @example
 * for await (const page of paginatePages(client, "/api/v3/participant-declarations", { perPage: 1000 })) {
 *   await db.upsertMany(page.items);
 * }
 */
export function paginatePages<Client extends AnyLeadProviderClient, Path extends ListPath<PathsOf<Client>>>(
  client: Client,
  path: Path,
  ...[options]: PaginateArgs<Path, PathsOf<Client>>
): AsyncGenerator<Page<ListItem<Path, PathsOf<Client>>>, void, undefined> {
  // Checked here, not inside the generator, so a bad page size fails at the call instead of at the first `next()`.
  const pages = walkPages(client, path as string, resolvePerPage(options?.perPage), (options ?? {}) as WalkOptions);
  return pages as AsyncGenerator<Page<ListItem<Path, PathsOf<Client>>>, void, undefined>;
}

/**
 * Iterates over every item of a list endpoint; the item type follows from the path.
 *
 * @example
 * for await (const participant of paginate(client, "/api/v3/participants", {
 *   query: { filter: { cohort: "2025" } },
 * })) {
 *   console.log(participant.attributes.full_name);
 * }
 */
export function paginate<Client extends AnyLeadProviderClient, Path extends ListPath<PathsOf<Client>>>(
  client: Client,
  path: Path,
  ...args: PaginateArgs<Path, PathsOf<Client>>
): AsyncGenerator<ListItem<Path, PathsOf<Client>>, void, undefined> {
  const pages = paginatePages(client, path, ...args);
  return (async function* items() {
    for await (const page of pages) {
      yield* page.items;
    }
  })();
}

/** The page size to send; see {@link PaginateOptions.perPage}. */
function resolvePerPage(perPage: number | undefined): number {
  if (perPage === undefined) {
    return DEFAULT_PER_PAGE;
  }
  if (!Number.isInteger(perPage) || perPage < 1) {
    throw new RangeError(`perPage must be a positive integer, got ${perPage}`);
  }
  return Math.min(perPage, MAX_PER_PAGE);
}

// Both client modes share openapi-fetch's runtime shape; only their static types differ.
interface UntypedClient {
  GET(path: string, init: object): Promise<FetchResult<unknown>>;
}

/** What the walk reads of the options; the public types have checked them against the path. */
interface WalkOptions {
  readonly query?: object;
  readonly pathParams?: object;
  readonly headers?: HeadersOptions;
  readonly signal?: AbortSignal;
}

async function* walkPages(
  client: AnyLeadProviderClient,
  path: string,
  perPage: number,
  options: WalkOptions,
): AsyncGenerator<Page<unknown>, void, undefined> {
  const { GET } = client as unknown as UntypedClient;
  for (let number = 1; ; number++) {
    const query = { ...options.query, page: { page: number, per_page: perPage } };
    const result = await GET.call(client, path, {
      params: { query, path: options.pathParams },
      headers: options.headers,
      signal: options.signal,
    });
    const items = listOf(dataOrThrow(result, "GET", path));
    if (items === undefined) {
      throw new TypeError(`GET ${path} page ${number} did not return a { data: [...] } list`);
    }
    if (items.length === 0) {
      return;
    }
    yield { number, perPage, items, response: result.response };
  }
}

function listOf(body: unknown): readonly unknown[] | undefined {
  const list = typeof body === "object" && body !== null ? (body as { data?: unknown }).data : undefined;
  return Array.isArray(list) ? list : undefined;
}
