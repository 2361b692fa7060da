/**
 * Countless pagination (ECF rules §1.4): `page[page]` from 1, `page[per_page]` from 1, silently clamped to 3000.
 * The sandbox rejects values below 1 with a 400 before the engine is asked; a page past the end is simply empty.
 *
 * @module
 */

const DEFAULT_PAGE = 1;
const DEFAULT_PER_PAGE = 100;
export const MAX_PER_PAGE = 3000;

export interface PageRequest {
  /** 1-based page number, already validated to be ≥ 1. */
  readonly page: number;
  /** Page size, already validated to be ≥ 1; values above 3000 are clamped. */
  readonly perPage: number;
}

const FIRST_PAGE: PageRequest = { page: DEFAULT_PAGE, perPage: DEFAULT_PER_PAGE };

/** The zero-based slice `[start, end)` of an ordered list that a page covers. */
export function pageBounds(request: PageRequest = FIRST_PAGE): { start: number; end: number } {
  const perPage = Math.min(Math.max(1, Math.floor(request.perPage)), MAX_PER_PAGE);
  const page = Math.max(1, Math.floor(request.page));
  const start = (page - 1) * perPage;
  return { start, end: start + perPage };
}
