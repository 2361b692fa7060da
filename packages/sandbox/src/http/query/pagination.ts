import { BAD_REQUEST_TITLE, PAGINATION_INVALID } from "../messages.ts";
import { RequestError } from "../request-error.ts";
import type { QueryHash, QueryValue } from "./parse-query.ts";
import { isQueryHash } from "./parse-query.ts";
import { rubyToInteger } from "./ruby-integer.ts";

const DEFAULT_PER_PAGE = 100;
const MAX_PER_PAGE = 3000;

export interface Pagination {
  /** 1-based page number. */
  readonly page: number;
  /** Page size, 1..3000. */
  readonly perPage: number;
}

/**
 * `page[page]` (default 1) and `page[per_page]` (default 100, silently clamped to 3000). A value that converts
 * to less than 1 is a 400 (ECF rules §1.4); so is a `page` that is not a hash (`?page=2`, ECF rules §Q8). A name
 * sent without `=` (`?page`, `?page[per_page]`) is Ruby's nil, which takes the default.
 */
export function readPagination(query: QueryHash): Pagination {
  const page = query.page;
  if (page === undefined || page === null) {
    return { page: 1, perPage: DEFAULT_PER_PAGE };
  }
  if (!isQueryHash(page)) {
    throw invalidPagination();
  }
  const number = readPositive(page.page, 1);
  const perPage = readPositive(page.per_page, DEFAULT_PER_PAGE);
  return { page: number, perPage: Math.min(perPage, MAX_PER_PAGE) };
}

function readPositive(value: QueryValue | undefined, fallback: number): number {
  if (value === undefined || value === null) {
    return fallback;
  }
  if (typeof value !== "string") {
    throw invalidPagination();
  }
  const number = rubyToInteger(value);
  if (number < 1) {
    throw invalidPagination();
  }
  return number;
}

const invalidPagination = (): RequestError =>
  new RequestError(400, [{ title: BAD_REQUEST_TITLE, detail: PAGINATION_INVALID }], {}, "pagination");
