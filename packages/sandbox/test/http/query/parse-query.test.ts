import { describe, expect, it } from "vitest";
import { decodeFormComponent, parseQuery } from "../../../src/http/query/parse-query.ts";

describe("parseQuery", () => {
  it("nests bracketed keys the way Rack does", () => {
    const query = parseQuery("?filter[cohort]=2024,2025&page[page]=2&page[per_page]=10&sort=-updated_at");
    expect(query.filter).toEqual({ cohort: "2024,2025" });
    expect(query.page).toEqual({ page: "2", per_page: "10" });
    expect(query.sort).toBe("-updated_at");
  });

  it("keeps a scalar where the client sent one, so shape checks can reject it", () => {
    expect(parseQuery("filter=abc").filter).toBe("abc");
    expect(parseQuery("page=2").page).toBe("2");
  });

  it("builds arrays from empty brackets", () => {
    expect(parseQuery("x[]=1&x[]=2").x).toEqual(["1", "2"]);
    expect(parseQuery("x[][a]=1").x).toEqual([{ a: "1" }]);
  });

  it("decodes percent escapes and plus signs in names and values", () => {
    expect(parseQuery("filter%5Bcohort%5D=20%32%35").filter).toEqual({ cohort: "2025" });
    expect(parseQuery("sort=+created_at").sort).toBe(" created_at");
    expect(parseQuery("sort=%2Bcreated_at").sort).toBe("+created_at");
  });

  it("lets a later value replace an earlier one and ignores empty pairs", () => {
    expect(parseQuery("a=1&&a=2&").a).toBe("2");
    expect(parseQuery("flag").flag).toBe("");
  });

  it("treats __proto__ as plain data", () => {
    const query = parseQuery("__proto__[polluted]=yes");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyDescriptor(query, "__proto__")?.value).toEqual({ polluted: "yes" });
  });
});

describe("decodeFormComponent", () => {
  it("keeps malformed escapes as written", () => {
    expect(decodeFormComponent("100%zz%41")).toBe("100%zzA");
    expect(decodeFormComponent("%E2%82")).toBe("%E2%82");
  });
});
