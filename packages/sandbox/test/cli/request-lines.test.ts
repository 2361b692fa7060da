import { describe, expect, it } from "vitest";
import { requestLine, requestPrinter, useColour } from "../../src/cli/request-lines.ts";
import type { RequestSummary } from "../../src/index.ts";

const refused: RequestSummary = {
  id: 7,
  time: "2026-01-12T14:03:27.415Z",
  sandbox_time: "2025-10-01T09:30:00Z",
  method: "POST",
  path: "/ecf/api/v3/participant-declarations",
  query: "",
  lead_provider: { id: "42ada55f-e7a9-477b-bb84-79db06f871ea", name: "Ambition Institute" },
  status: 422,
  duration_ms: 1.78,
  error_detail: "The participant is not recognised.",
};

const listed: RequestSummary = {
  ...refused,
  method: "GET",
  path: "/ecf/api/v3/statements",
  query: "filter[cohort]=2025",
  lead_provider: null,
  status: 200,
  duration_ms: 12,
  error_detail: null,
};

describe("requestLine", () => {
  it("prints time, method, path and query, lead provider, status and duration, and an error's detail", () => {
    expect(requestLine(refused, false)).toBe(
      "14:03:27.415 POST   /ecf/api/v3/participant-declarations ambition-institute 422 1.8 ms - The participant is not recognised.",
    );
    expect(requestLine(listed, false)).toBe(
      "14:03:27.415 GET    /ecf/api/v3/statements?filter[cohort]=2025 - 200 12.0 ms",
    );
  });

  it("colours the time, and the status and detail by status class, when asked", () => {
    expect(requestLine(refused, true)).toBe(
      "\u001b[2m14:03:27.415\u001b[0m POST   /ecf/api/v3/participant-declarations ambition-institute \u001b[33m422\u001b[0m 1.8 ms - \u001b[33mThe participant is not recognised.\u001b[0m",
    );
    expect(requestLine({ ...listed, status: 503 }, true)).toContain("\u001b[31m503\u001b[0m");
  });
});

describe("useColour", () => {
  it.each([
    [true, {}, true],
    [true, { NO_COLOR: "" }, true],
    [true, { NO_COLOR: "1" }, false],
    [false, {}, false],
    [undefined, {}, false],
  ])("isTTY %s with %o: %s", (isTTY, env, expected) => {
    expect(useColour({ isTTY }, env)).toBe(expected);
  });
});

describe("requestPrinter", () => {
  it("writes a line of text, or the summary as one JSON object, per request", () => {
    const lines: string[] = [];
    requestPrinter("text", false, (line) => lines.push(line))(refused);
    requestPrinter("json", true, (line) => lines.push(line))(refused);
    expect(lines).toEqual([`${requestLine(refused, false)}\n`, `${JSON.stringify(refused)}\n`]);
  });
});
