import { describe, expect, it } from "vitest";
import { BAD_REQUEST_TITLE, invalidQueryParameters } from "../../../src/http/messages.ts";
import { decodeFormComponent, parseQuery } from "../../../src/http/query/parse-query.ts";
import { RequestError } from "../../../src/http/request-error.ts";

function refusal(search: string): unknown {
  try {
    parseQuery(search);
  } catch (error) {
    if (error instanceof RequestError) {
      return error.errors;
    }
    throw error;
  }
  return "accepted";
}
const refused = (reason: string) => [{ title: BAD_REQUEST_TITLE, detail: invalidQueryParameters(reason) }];

describe("parseQuery", () => {
  it("nests bracketed keys the way Rails does", () => {
    const query = parseQuery("?filter[cohort]=2024,2025&page[page]=2&page[per_page]=10&sort=-updated_at");
    expect(query.filter).toEqual({ cohort: "2024,2025" });
    expect(query.page).toEqual({ page: "2", per_page: "10" });
    expect(query.sort).toBe("-updated_at");
  });

  it("keeps a scalar where the client sent one, so shape checks can reject it", () => {
    expect(parseQuery("filter=abc").filter).toBe("abc");
    expect(parseQuery("page=2").page).toBe("2");
  });

  it("builds arrays from empty brackets, leaving out values sent without =", () => {
    expect(parseQuery("x[]=1&x[]=2").x).toEqual(["1", "2"]);
    expect(parseQuery("x[][a]=1").x).toEqual([{ a: "1" }]);
    expect(parseQuery("x[][a]=1&x[][b]=2&x[][a]=3").x).toEqual([{ a: "1", b: "2" }, { a: "3" }]);
    expect(parseQuery("x[]&x[]=").x).toEqual([""]);
    expect(parseQuery("x[][]=1").x).toEqual([["1"]]);
  });

  it("reads the odd names the way Rails does", () => {
    expect(parseQuery("a[=1")).toEqual({ "a[": "1" });
    expect(parseQuery("a[b]c=1").a).toEqual({ b: { c: "1" } });
    expect(parseQuery("a[b]]=1").a).toEqual({ b: { "]": "1" } });
    expect(parseQuery("[a]=1")).toEqual({ "[a]": "1" });
    expect(parseQuery("=1")).toEqual({});
  });

  it("decodes percent escapes and plus signs in names and values", () => {
    expect(parseQuery("filter%5Bcohort%5D=20%32%35").filter).toEqual({ cohort: "2025" });
    expect(parseQuery("sort=+created_at").sort).toBe(" created_at");
    expect(parseQuery("sort=%2Bcreated_at").sort).toBe("+created_at");
  });

  it("lets a later value replace an earlier one, ignores empty pairs, and reads a name without = as nil", () => {
    expect(parseQuery("a=1&&a=2&").a).toBe("2");
    expect(parseQuery("a[]=1&a=2").a).toBe("2");
    expect(parseQuery("flag").flag).toBeNull();
  });

  it("treats __proto__ as plain data", () => {
    const query = parseQuery("__proto__[polluted]=yes");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyDescriptor(query, "__proto__")?.value).toEqual({ polluted: "yes" });
  });

  it("refuses what Rails refuses", () => {
    expect(refusal("a=1&a[]=2")).toEqual(refused("expected Array (got String) for param `a'"));
    expect(refusal("a[]=1&a[b]=2")).toEqual(refused("expected Hash (got Array) for param `a'"));
    expect(refusal("filter[cohort]=%zz")).toEqual(refused("invalid %-encoding (%zz)"));
    expect(refusal("a=%FF")).toEqual(refused("Invalid encoding for parameter: \uFFFD"));
    expect(refusal("a[b]=%FF")).toEqual(refused("Invalid encoding for parameter: \uFFFD"));
  });

  it("handles pathological names: 16 KB of open brackets is one odd key, 100 levels of nesting is refused", () => {
    const brackets = "[".repeat(16_000);
    expect(parseQuery(`a${brackets}=1`)).toEqual({ a: { [brackets]: "1" } });
    expect(parseQuery(`a${"[x]".repeat(99)}=1`).a).toBeDefined();
    expect(refusal(`a${"[x]".repeat(100)}=1`)).toEqual(refused("ActionDispatch::ParamsTooDeepError"));
    expect(refusal(`a${"[]".repeat(8_000)}=1`)).toEqual(refused("ActionDispatch::ParamsTooDeepError"));
    expect(refusal(`a${"[x]".repeat(5_000)}=1`)).toEqual(refused("ActionDispatch::ParamsTooDeepError"));
  });
});

describe("decodeFormComponent", () => {
  it("decodes like URI.decode_www_form_component", () => {
    expect(decodeFormComponent("2025-10-01T10:30:00%2B01:00+")).toBe("2025-10-01T10:30:00+01:00 ");
  });

  it("gives nothing where Ruby raises or the bytes are not UTF-8", () => {
    expect(decodeFormComponent("100%zz%41")).toBeUndefined();
    expect(decodeFormComponent("%E2%82")).toBeUndefined();
  });
});
