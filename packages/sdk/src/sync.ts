/**
 * @module
 * Incremental sync: fetch what changed since the last run, using `filter[updated_since]` (or, for the NPQ API's
 * outcomes, `filter[created_since]`), and compute the high-water mark to store for the next run. The ECF and NPQ APIs
 * read both filters alike (a full date-time, `+` decoded as a space), so one implementation serves both, on top of
 * the shared iterators.
 */
import type { HeadersOptions } from "openapi-fetch";
import type { AnyEcfClient, AnyLeadProviderClient, PathsOf } from "./client-types.ts";
import type { paths as EcfPaths } from "./generated/ecf-v3.ts";
import type { CreatedSincePath, ListItem, ListPath, ListQuery, SyncPath } from "./list-endpoints.ts";
import { type PaginateArgs, paginatePages } from "./pagination.ts";
import { formatRfc3339, parseInstant } from "./rfc3339.ts";

/** Options of {@link syncUpdatedSince} and {@link syncCreatedSince}. */
export interface SyncOptions<Path extends ListPath<Paths>, Since extends string | Date | undefined, Paths = EcfPaths> {
  /**
   * The high-water mark stored by the previous run (its `highWaterMark`), or `undefined` for a first, full sync.
   * Items updated (or, for {@link syncCreatedSince}, created) exactly at this instant are fetched again: the
   * boundary is inclusive.
   */
  readonly since: Since;
  /** Other filters and sort of the endpoint; `filter.updated_since` (`filter.created_since`) is set from `since`. */
  readonly query?: ListQuery<Path, Paths>;
  /**
   * Extra seconds to look back before `since`, to catch writes the server committed late. Default `0`: the
   * API's second-precision timestamps and the inclusive boundary already cover writes within the same second.
   */
  readonly overlapSeconds?: number;
  /** Items per request; see {@link PaginateOptions.perPage}. */
  readonly perPage?: number;
  readonly headers?: HeadersOptions;
  readonly signal?: AbortSignal;
  /** A monotonic clock in milliseconds, used only to time the walk. Default `performance.now`. */
  readonly clock?: () => number;
}

/** What a sync found, and the mark to store for the next run. */
export interface SyncResult<Item, Mark extends string | undefined> {
  /** Every item updated at or after the mark, in the API's order; some may have been seen by the previous run. */
  readonly items: readonly Item[];
  /**
   * Store this and pass it as `since` next time. It is the latest `updated_at` (`created_at`) seen, stepped back by
   * the time the walk took (see {@link syncUpdatedSince}), or the previous mark when nothing newer was seen;
   * `undefined` only when there was no previous mark and the list was empty.
   */
  readonly highWaterMark: Mark;
}

/** With a previous mark there is always a mark after the sync; without one, only if something was seen. */
type MarkAfter<Since> = Since extends undefined ? string | undefined : string;

/**
 * Fetches every item of a list endpoint updated since `since`, and returns them with the next high-water mark.
 *
 * Guarantees at-least-once delivery, so store items idempotently (upsert by `id`):
 * - The mark is a server timestamp (`updated_at`), never this machine's clock, so clock skew between you and
 *   DfE cannot open a gap.
 * - The boundary is inclusive: items updated exactly at the mark come back next run. Adding a second to
 *   avoid them would lose other writes made within that second (the API truncates timestamps to seconds).
 * - Pages are in creation order, so an item updated while the walk is under way may have been read before its
 *   update while a later page shows a newer `updated_at`. The mark is therefore stepped back by the walk's
 *   duration (measured on a monotonic clock, so skew does not matter): anything updated during the walk is
 *   fetched again next run.
 *
 * @example
 * const { items, highWaterMark } = await syncUpdatedSince(client, "/api/v3/participants", {
 *   since: await store.loadMark("participants"),
 * });
 * await store.upsertParticipants(items);
 * await store.saveMark("participants", highWaterMark);
 */
export async function syncUpdatedSince<
  Client extends AnyLeadProviderClient,
  // `const`: a constraint that depends on `Client` would otherwise widen the literal path to every sync path.
  const Path extends SyncPath<PathsOf<Client>>,
  Since extends string | Date | undefined,
>(
  client: Client,
  path: Path,
  options: SyncOptions<Path, Since, PathsOf<Client>>,
): Promise<SyncResult<ListItem<Path, PathsOf<Client>>, MarkAfter<Since>>> {
  const result = await syncSince(client, path, options as LooseSyncOptions, UPDATED);
  return result as SyncResult<ListItem<Path, PathsOf<Client>>, MarkAfter<Since>>;
}

/**
 * Fetches every item of a list endpoint created since `since` (`filter[created_since]`), and returns them with the
 * next high-water mark: the NPQ API's outcomes (`/api/v3/participants/npq/outcomes`), which are rows added and never
 * changed, so a new row is all there is to fetch. The same walk and guarantees as {@link syncUpdatedSince}, with
 * `created_at` for `updated_at`: an inclusive boundary, a server timestamp as the mark, stepped back by the walk's
 * duration. Store items idempotently (upsert by `id`).
 *
 * @example
 * const { items, highWaterMark } = await syncCreatedSince(npqClient, "/api/v3/participants/npq/outcomes", {
 *   since: await store.loadMark("npq-outcomes"),
 * });
 * await store.upsertOutcomes(items);
 * await store.saveMark("npq-outcomes", highWaterMark);
 */
export async function syncCreatedSince<
  Client extends AnyLeadProviderClient,
  const Path extends CreatedSincePath<PathsOf<Client>>,
  Since extends string | Date | undefined,
>(
  client: Client,
  path: Path,
  options: SyncOptions<Path, Since, PathsOf<Client>>,
): Promise<SyncResult<ListItem<Path, PathsOf<Client>>, MarkAfter<Since>>> {
  const result = await syncSince(client, path, options as LooseSyncOptions, CREATED);
  return result as SyncResult<ListItem<Path, PathsOf<Client>>, MarkAfter<Since>>;
}

/** Which filter a sync sends and which timestamp of an item it compares: the one difference between the syncs. */
interface SinceField {
  readonly filter: "updated_since" | "created_since";
  readonly stamp: "updated_at" | "created_at";
}

const UPDATED: SinceField = { filter: "updated_since", stamp: "updated_at" };
const CREATED: SinceField = { filter: "created_since", stamp: "created_at" };

/** The options as the walk reads them; the public signatures have checked them against the path. */
type LooseSyncOptions = Omit<SyncOptions<SyncPath, string | Date | undefined>, "query"> & { readonly query?: object };

async function syncSince(
  client: AnyLeadProviderClient,
  path: string,
  options: LooseSyncOptions,
  field: SinceField,
): Promise<SyncResult<unknown, string | undefined>> {
  const clock = options.clock ?? (() => performance.now());
  const overlapSeconds = options.overlapSeconds ?? 0;
  if (!(overlapSeconds >= 0)) {
    throw new RangeError(`overlapSeconds must be a number of at least 0, got ${overlapSeconds}`);
  }
  const previous = options.since === undefined ? undefined : parseInstant(options.since, "since");
  const query = withSince(
    options.query,
    field.filter,
    previous === undefined ? undefined : formatRfc3339(previous - overlapSeconds * 1000),
  );
  const startedAt = clock();
  const items: unknown[] = [];
  let latest: number | undefined;
  const args = [{ query, perPage: options.perPage, headers: options.headers, signal: options.signal }];
  // No sync path has path parameters, so these are the whole options.
  const pages = paginatePages(client as AnyEcfClient, path as SyncPath, ...(args as PaginateArgs<SyncPath>));
  for await (const page of pages) {
    for (const item of page.items) {
      items.push(item);
      latest = Math.max(latest ?? Number.NEGATIVE_INFINITY, stampOf(item, field.stamp));
    }
  }
  const walkSeconds = Math.ceil((clock() - startedAt) / 1000);
  const candidates = [previous, latest === undefined ? undefined : latest - walkSeconds * 1000];
  const mark = Math.max(...candidates.filter((time) => time !== undefined));
  const highWaterMark = Number.isFinite(mark) ? formatRfc3339(mark) : undefined;
  return { items, highWaterMark };
}

function withSince<Query>(query: Query | undefined, name: string, since: string | undefined): Query | undefined {
  if (since === undefined) {
    return query;
  }
  const filter = (query as { filter?: object } | undefined)?.filter;
  return { ...query, filter: { ...filter, [name]: since } } as Query;
}

function stampOf(item: unknown, stamp: SinceField["stamp"]): number {
  const value = (item as { attributes?: Record<string, unknown> }).attributes?.[stamp];
  const time = typeof value === "string" ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(time)) {
    throw new TypeError(`An item has no valid attributes.${stamp}: ${JSON.stringify(value)}`);
  }
  return time;
}
