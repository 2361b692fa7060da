import { afterEach, describe, expect, it, vi } from "vitest";
import { MAX_JSON_DEPTH, nestsDeeperThan } from "../../../src/http/body/json-depth.ts";
import { AMBITION, API, body } from "../../helpers/ecf.ts";
import { testSandbox } from "../../helpers/test-sandbox.ts";

const nested = (depth: number, inner = "1") => `${"[".repeat(depth)}${inner}${"]".repeat(depth)}`;

describe("nestsDeeperThan", () => {
  it.each([
    [nested(3), 3, false],
    [nested(4), 3, true],
    [`{"a":{"b":[1,{"c":2}]}}`, 4, false],
    [`{"a":{"b":[1,{"c":2}]}}`, 3, true],
    // Brackets in strings, escaped quotes included, are text.
    [`["[[[[", "\\"[[[[", "\\\\"]`, 1, false],
  ])("%s deeper than %i: %s", (text, depth, deeper) => {
    expect(nestsDeeperThan(text, depth)).toBe(deeper);
  });

  it("reads a document nested 500,000 deep without recursion", () => {
    expect(nestsDeeperThan(nested(500_000), MAX_JSON_DEPTH)).toBe(true);
  });
});

describe("deeply nested bodies", () => {
  const { client } = testSandbox();
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("the ECF API refuses one nested deeper than the real parser reads with the structure 400, unparsed", async () => {
    const parse = vi.spyOn(JSON, "parse");
    const response = await client.post(`${API}/partnerships`, {
      token: AMBITION,
      rawBody: `{"data":${nested(MAX_JSON_DEPTH)}}`,
      headers: { "content-type": "application/json" },
    });
    const parsedBodies = parse.mock.calls.filter(([text]) => typeof text === "string" && text.startsWith('{"data":['));
    parse.mockRestore();
    expect(response.status).toBe(400);
    expect(response.body).toEqual(
      (
        await client.post(`${API}/partnerships`, {
          token: AMBITION,
          rawBody: "{nope",
          headers: { "content-type": "application/json" },
        })
      ).body,
    );
    expect(parsedBodies).toEqual([]);
  });

  it("the ECF API still reads a body nested as deep as the limit", async () => {
    const response = await client.post(`${API}/partnerships`, {
      token: AMBITION,
      body: body("partnership", { cohort: nested(MAX_JSON_DEPTH - 3) }),
    });
    expect(response.status).not.toBe(400);
  });

  it("the control API refuses one with a 400 that says so", async () => {
    const response = await client.put("/__sandbox/clock", { body: { now: JSON.parse(nested(MAX_JSON_DEPTH)) } });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      errors: [
        { title: "Bad request", detail: `The request body nests arrays and objects more than ${MAX_JSON_DEPTH} deep.` },
      ],
    });
  });
});
