import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { calculateStatement } from "../../src/payments/calculate-statement.ts";
import { renderStatementBreakdown } from "../../src/payments/render-statement-breakdown.ts";

const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");

/** The fenced block that follows `<!-- payments-example:<name> -->` in the README's Payments section. */
function example(name: string): string {
  const marker = `<!-- payments-example:${name} -->`;
  const start = readme.indexOf(marker);
  expect(start, `README has no ${marker}`).toBeGreaterThan(-1);
  const block = /```\w*\n([\s\S]*?)\n```/.exec(readme.slice(start + marker.length));
  if (!block?.[1]) {
    throw new Error(`README has no code block after ${marker}`);
  }
  return block[1];
}

describe("the README's Payments example", () => {
  const outcome = calculateStatement(JSON.parse(example("input")));

  it("returns the output the README shows", () => {
    expect(outcome).toEqual(JSON.parse(example("output")));
  });

  it("renders the breakdown the README shows", () => {
    if (!outcome.ok) {
      throw new Error(JSON.stringify(outcome.failure));
    }
    expect(renderStatementBreakdown(outcome.value)).toBe(`${example("breakdown")}\n`);
  });
});

describe("the README's NPQ example", () => {
  const outcome = calculateStatement(JSON.parse(example("npq-input")));

  it("returns the output the README shows", () => {
    expect(outcome).toEqual(JSON.parse(example("npq-output")));
  });

  it("renders the breakdown the README shows", () => {
    if (!outcome.ok) {
      throw new Error(JSON.stringify(outcome.failure));
    }
    expect(renderStatementBreakdown(outcome.value)).toBe(`${example("npq-breakdown")}\n`);
  });
});
