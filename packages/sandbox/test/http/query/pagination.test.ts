import { describe, expect, it } from "vitest";
import { BAD_REQUEST_TITLE, PAGINATION_INVALID } from "../../../src/http/messages.ts";
import { readPagination } from "../../../src/http/query/pagination.ts";
import { parseQuery } from "../../../src/http/query/parse-query.ts";
import { RequestError } from "../../../src/http/request-error.ts";

const read = (search: string) => readPagination(parseQuery(search));

function rejection(search: string): unknown {
  try {
    read(search);
  } catch (error) {
    return error instanceof RequestError ? { status: error.status, errors: error.errors } : error;
  }
  return "accepted";
}

const INVALID = {
  status: 400,
  errors: [{ title: BAD_REQUEST_TITLE, detail: PAGINATION_INVALID }],
};

describe("readPagination", () => {
  it("defaults to page 1 of 100", () => {
    expect(read("")).toEqual({ page: 1, perPage: 100 });
  });

  it("takes the default for a value sent without =, which Ruby reads as nil", () => {
    expect(read("page")).toEqual({ page: 1, perPage: 100 });
    expect(read("page[page]&page[per_page]")).toEqual({ page: 1, perPage: 100 });
  });

  it("skips only ASCII white space before the digits, as Ruby's to_i does", () => {
    expect(read("page[per_page]=%20%0A7")).toEqual({ page: 1, perPage: 7 });
    expect(rejection("page[per_page]=%C2%A07")).toEqual(INVALID);
  });

  it("clamps per_page to 3000 silently", () => {
    expect(read("page[per_page]=5000")).toEqual({ page: 1, perPage: 3000 });
  });

  it("converts like Ruby's to_i: trailing junk is ignored", () => {
    expect(read("page[page]=2abc&page[per_page]=7.9")).toEqual({ page: 2, perPage: 7 });
    expect(read("page[page]=99999999999999999999999").page).toBe(Number.MAX_SAFE_INTEGER);
  });

  it.each([
    "page[page]=0",
    "page[page]=-1",
    "page[per_page]=0.8",
    "page[per_page]=abc",
    "page[page]=",
    "page=2",
    "page[page][]=1",
  ])("rejects %s with the service's message", (search) => {
    expect(rejection(search)).toEqual(INVALID);
  });
});
