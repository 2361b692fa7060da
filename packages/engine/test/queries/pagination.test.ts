import { describe, expect, it } from "vitest";
import { MAX_PER_PAGE, pageBounds } from "../../src/queries/pagination.ts";

describe("pageBounds", () => {
  it("defaults to the first 100", () => {
    expect(pageBounds()).toEqual({ start: 0, end: 100 });
  });

  it("slices by page and per_page", () => {
    expect(pageBounds({ page: 3, perPage: 10 })).toEqual({ start: 20, end: 30 });
  });

  it("clamps per_page at 3000", () => {
    expect(pageBounds({ page: 2, perPage: 10_000 })).toEqual({ start: MAX_PER_PAGE, end: 2 * MAX_PER_PAGE });
  });
});
