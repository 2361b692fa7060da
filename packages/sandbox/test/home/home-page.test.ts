import { describe, expect, it } from "vitest";
import { homePage } from "../../src/home/home-page.ts";

describe("homePage", () => {
  it("escapes names and tokens: they are text, never markup", () => {
    const html = homePage([{ id: "id-1", name: "<script>alert(1)</script>", token: "a&b", cohorts: [] }]);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("<code>a&amp;b</code>");
    expect(html).not.toContain("<script>");
  });

  it("says where the tokens are instead of listing them when they are hidden", () => {
    expect(homePage("hidden")).toContain("GET /__sandbox/lead-providers");
  });
});
