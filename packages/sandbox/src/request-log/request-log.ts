import type { LeadProviderIdentity } from "../http/env.ts";
import { matchesPrefix } from "../http/faults.ts";

/** A body as the log keeps it: at most the log's `maxBodyLength` characters of its text. */
export interface CapturedBody {
  /** The `Content-Type` it was sent with, if any. */
  readonly contentType: string | undefined;
  readonly text: string;
  /** True when `text` is only the start of the body. */
  readonly truncated: boolean;
}

/** One request the sandbox answered, as the log keeps it (rendered for the control API by `render-entry.ts`). */
export interface LoggedRequest {
  /** Its place in the log: 1 for the first request answered, then one more for each; never reused, even by `clear`. */
  readonly id: number;
  /** Real (wall-clock) time of arrival, in milliseconds since the epoch. */
  readonly receivedAt: number;
  /** The sandbox's instant the request ran at: its clock, or `X-With-Server-Date`. */
  readonly sandboxNow: Date;
  readonly method: string;
  /** The path as sent, percent-encoding and all. */
  readonly path: string;
  /** The query string as sent, without the `?`; empty when there is none. */
  readonly query: string;
  /** The lead provider of the bearer token; undefined without a known token. */
  readonly leadProvider: LeadProviderIdentity | undefined;
  readonly status: number;
  readonly durationMs: number;
  /** For an error status: the first error's detail (or the body's `error`, or its first line of text). */
  readonly errorDetail: string | undefined;
  readonly requestBody: CapturedBody | undefined;
  readonly responseBody: CapturedBody | undefined;
}

/** How much the log keeps. */
export interface RequestLogOptions {
  /** The most requests kept; older ones are dropped first. Default: 1,000. */
  readonly maxEntries?: number;
  /** The most characters kept of each request and response body; longer ones are cut and flagged. Default: 16,384. */
  readonly maxBodyLength?: number;
}

const DEFAULT_MAX_ENTRIES = 1000;
const DEFAULT_MAX_BODY_LENGTH = 16 * 1024;

/** An HTTP status class, as the `status` filter spells it. */
export type StatusClass = "1xx" | "2xx" | "3xx" | "4xx" | "5xx";

/** Which requests to list; every filter given must match. */
export interface RequestLogFilter {
  readonly leadProviderId?: string | undefined;
  /** A path prefix, compared segment by segment as faults' paths are (`/a/b` matches `/a/b/c`, not `/a/bc`). */
  readonly path?: string | undefined;
  readonly method?: string | undefined;
  /** An exact status, or a class such as `"4xx"`. */
  readonly status?: number | StatusClass | undefined;
  /** Only requests logged after the one with this id. */
  readonly since?: number | undefined;
  /** Only the last `limit` requests that match. */
  readonly limit?: number | undefined;
}

/**
 * The first `length` characters of `text`, in a string of their own. A plain `slice` would share the whole text's
 * memory (V8 keeps a long slice as a view of its parent), so a kept prefix of a 100 KB page would keep 100 KB.
 * Slicing a concatenation makes V8 copy the characters into a new flat string first (a memory copy, under a
 * microsecond for 16 KB), and the result is a view of that copy, not of `text`. A cut never splits a surrogate pair.
 */
function detachedPrefix(text: string, length: number): string {
  const code = text.charCodeAt(length - 1);
  const end = code >= 0xd800 && code <= 0xdbff ? length - 1 : length;
  return ` ${text.slice(0, end)}`.slice(1);
}

function statusMatches(status: number, filter: number | StatusClass): boolean {
  return typeof filter === "number" ? status === filter : Math.floor(status / 100) === Number(filter.charAt(0));
}

function matches(entry: LoggedRequest, filter: RequestLogFilter): boolean {
  return (
    (filter.since === undefined || entry.id > filter.since) &&
    (filter.leadProviderId === undefined || entry.leadProvider?.id === filter.leadProviderId) &&
    (filter.method === undefined || entry.method === filter.method) &&
    (filter.status === undefined || statusMatches(entry.status, filter.status)) &&
    (filter.path === undefined || matchesPrefix(entry.path, filter.path))
  );
}

/**
 * The last requests the sandbox answered, in a ring of `maxEntries` slots: memory is bounded by the number of
 * entries and the length kept of each body, whatever the load (docs/decisions/sandbox-request-log.md).
 */
export class RequestLog {
  readonly maxEntries: number;
  readonly maxBodyLength: number;
  /** The entries, oldest at `#start` once the ring is full. */
  #slots: LoggedRequest[] = [];
  #start = 0;
  #lastId = 0;

  constructor(options: RequestLogOptions = {}) {
    this.maxEntries = options.maxEntries ?? DEFAULT_MAX_ENTRIES;
    this.maxBodyLength = options.maxBodyLength ?? DEFAULT_MAX_BODY_LENGTH;
  }

  /** Whether entries are kept at all (`maxEntries` 0 keeps none, and no body need be captured). */
  get keeps(): boolean {
    return this.maxEntries > 0;
  }

  /** A body as the log keeps it: the text itself when short enough (no copy), else a copy of its start. */
  capture(contentType: string | undefined, text: string): CapturedBody {
    if (text.length <= this.maxBodyLength) {
      return { contentType, text, truncated: false };
    }
    return { contentType, text: detachedPrefix(text, this.maxBodyLength), truncated: true };
  }

  /** Numbers a request and keeps it, dropping the oldest when full. */
  record(request: Omit<LoggedRequest, "id">): LoggedRequest {
    this.#lastId += 1;
    const entry: LoggedRequest = { id: this.#lastId, ...request };
    if (this.maxEntries === 0) {
      return entry;
    }
    if (this.#slots.length < this.maxEntries) {
      this.#slots.push(entry);
    } else {
      this.#slots[this.#start] = entry;
      this.#start = (this.#start + 1) % this.maxEntries;
    }
    return entry;
  }

  /** The entries that match `filter`, oldest first. */
  list(filter: RequestLogFilter = {}): LoggedRequest[] {
    const found: LoggedRequest[] = [];
    const size = this.#slots.length;
    for (let index = 0; index < size; index += 1) {
      const entry = this.#slots[(this.#start + index) % size] as LoggedRequest;
      if (matches(entry, filter)) {
        found.push(entry);
      }
    }
    return filter.limit === undefined ? found : found.slice(Math.max(0, found.length - filter.limit));
  }

  /** Forgets every entry; ids go on from the last one, so a `since` taken before still means "after that". */
  clear(): void {
    this.#slots = [];
    this.#start = 0;
  }
}
