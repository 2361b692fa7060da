import { describe, expect, it } from "vitest";
import { readAttributes, whitelistAttributes } from "../../../src/http/body/attributes.ts";
import { BAD_REQUEST_TITLE, JSON_STRUCTURE_REQUIRED } from "../../../src/http/messages.ts";
import { RequestError } from "../../../src/http/request-error.ts";

const STRUCTURE = [{ title: BAD_REQUEST_TITLE, detail: JSON_STRUCTURE_REQUIRED }];

async function errorsOf(run: () => unknown): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    if (error instanceof RequestError) {
      return { status: error.status, errors: error.errors };
    }
    throw error;
  }
  return "accepted";
}

const jsonRequest = (body: string, contentType = "application/json") =>
  new Request("http://localhost/x", { method: "POST", body, headers: { "content-type": contentType } });

describe("whitelistAttributes", () => {
  it("keeps permitted scalar attributes as text and drops the rest", () => {
    const attributes = whitelistAttributes(
      {
        data: { type: "anything", attributes: { reason: "other", cohort: 2025, extra: "x", course_identifier: ["a"] } },
      },
      ["reason", "cohort", "course_identifier"],
    );
    expect(attributes).toEqual({ reason: "other", cohort: "2025", course_identifier: undefined });
  });

  it("counts an explicit null as present (a 422 later, not a 400)", () => {
    expect(whitelistAttributes({ data: { attributes: { course_identifier: null } } }, ["course_identifier"])).toEqual({
      course_identifier: undefined,
    });
  });

  it.each([
    ["no data", {}],
    ["data not an object", { data: "x" }],
    ["data an array", { data: [] }],
    ["no attributes", { data: { type: "participant-resume" } }],
    ["empty attributes", { data: { attributes: {} } }],
    ["nothing permitted left", { data: { attributes: { reason: "other" } } }],
    ["a body that is not an object", [1, 2]],
  ])("rejects %s", async (_name, body) => {
    expect(await errorsOf(() => whitelistAttributes(body, ["course_identifier"]))).toEqual({
      status: 400,
      errors: STRUCTURE,
    });
  });
});

describe("readAttributes", () => {
  it("reads a JSON body", async () => {
    const request = jsonRequest(
      '{"data":{"attributes":{"course_identifier":"ecf-mentor"}}}',
      "application/json; charset=utf-8",
    );
    expect(await readAttributes(request, ["course_identifier"])).toEqual({ course_identifier: "ecf-mentor" });
  });

  it.each([
    ["malformed JSON", jsonRequest('{"data":')],
    ["an empty body", jsonRequest("")],
    ["a body not declared as JSON", jsonRequest('{"data":{"attributes":{"course_identifier":"x"}}}', "text/plain")],
    ["no content type", new Request("http://localhost/x", { method: "PUT", body: "{}" })],
  ])("answers %s with the structure message", async (_name, request) => {
    expect(await errorsOf(() => readAttributes(request, ["course_identifier"]))).toEqual({
      status: 400,
      errors: STRUCTURE,
    });
  });
});
