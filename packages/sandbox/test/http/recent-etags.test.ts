import { describe, expect, it } from "vitest";
import { RecentEtags } from "../../src/http/recent-etags.ts";

const page = (fill: string, length = 8 * 1024) => fill.repeat(length);

describe("RecentEtags", () => {
  it("gives back the tag remembered for a body of the same text, whichever string holds it", () => {
    const etags = new RecentEtags();
    etags.remember(page("a"), 'W/"a"');
    expect(etags.find(["a".repeat(4 * 1024), "a".repeat(4 * 1024)].join(""))).toBe('W/"a"');
    expect(etags.find(page("b"))).toBeUndefined();
    expect(etags.find(`${page("a")} `)).toBeUndefined();
  });

  it("keeps neither small bodies nor very large ones", () => {
    const etags = new RecentEtags();
    etags.remember("{}", 'W/"small"');
    etags.remember(page("c", 600 * 1024), 'W/"large"');
    expect(etags.find("{}")).toBeUndefined();
    expect(etags.find(page("c", 600 * 1024))).toBeUndefined();
  });

  it("forgets the oldest body once eight are kept", () => {
    const etags = new RecentEtags();
    const letters = "abcdefghi".split("");
    for (const letter of letters) {
      etags.remember(page(letter), letter);
    }
    expect(etags.find(page("a"))).toBeUndefined();
    expect(letters.slice(1).map((letter) => etags.find(page(letter)))).toEqual(letters.slice(1));
  });
});
