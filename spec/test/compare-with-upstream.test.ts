import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compareWithUpstream, type Difference } from "./support/compare-with-upstream.ts";
import { applyAllowList, readAllowList } from "./support/difference-allow-list.ts";
import type { JsonObject } from "./support/documents.ts";

/** A small upstream-style document (OpenAPI 3.0, deepObject filter, nullable) to compare against. */
function upstreamDocument(): JsonObject {
  return {
    openapi: "3.0.1",
    paths: {
      "/things": {
        get: {
          parameters: [
            {
              name: "filter",
              in: "query",
              style: "deepObject",
              schema: { $ref: "#/components/schemas/ThingsFilter" },
            },
          ],
          responses: {
            "200": {
              description: "ok",
              content: { "application/json": { schema: { $ref: "#/components/schemas/ThingList" } } },
            },
          },
        },
      },
      "/things/{id}": {
        put: {
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } }],
          requestBody: {
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  properties: {
                    data: {
                      type: "object",
                      anyOf: [
                        {
                          type: "object",
                          required: ["colour"],
                          properties: { colour: { type: "string", enum: ["red", "green"] } },
                        },
                        {
                          type: "object",
                          required: ["colour"],
                          properties: { colour: { type: "string", enum: ["blue"] } },
                        },
                      ],
                    },
                  },
                },
              },
            },
          },
          responses: { "200": { description: "ok" }, "404": { description: "missing" } },
        },
      },
    },
    components: {
      schemas: {
        ThingsFilter: {
          type: "object",
          properties: { state: { type: "string", enum: ["open", "closed"] }, updated_since: { type: "string" } },
        },
        ThingList: {
          type: "object",
          properties: { data: { type: "array", items: { $ref: "#/components/schemas/Thing" } } },
        },
        Thing: {
          type: "object",
          required: ["id"],
          properties: {
            id: { type: "string", format: "uuid" },
            state: { type: "string", nullable: true, enum: ["open", "closed", "awaiting-review"] },
            created_at: { type: "string", format: "date-time" },
          },
        },
      },
    },
  };
}

/**
 * The same API written the way our spec is (OpenAPI 3.1, flat `filter[...]` parameters, `type: [.., "null"]`,
 * variants split differently): it must compare equal to the upstream document.
 */
function ourDocument(): JsonObject {
  return {
    openapi: "3.1.0",
    paths: {
      "/things": {
        get: {
          parameters: [
            { name: "filter[state]", in: "query", schema: { $ref: "#/components/schemas/ThingState" } },
            { name: "filter[updated_since]", in: "query", schema: { type: "string" } },
          ],
          responses: {
            "200": {
              description: "ok",
              content: {
                "application/json": {
                  schema: {
                    type: "object",
                    properties: { data: { type: "array", items: { $ref: "#/components/schemas/Thing" } } },
                  },
                },
              },
            },
          },
        },
      },
      "/things/{id}": {
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } }],
        put: {
          requestBody: {
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  properties: {
                    data: {
                      oneOf: [
                        { type: "object", required: ["colour"], properties: { colour: { const: "red" } } },
                        { type: "object", required: ["colour"], properties: { colour: { enum: ["green", "blue"] } } },
                      ],
                    },
                  },
                },
              },
            },
          },
          responses: { "200": { description: "ok" }, "404": { description: "missing" } },
        },
      },
    },
    components: {
      schemas: {
        ThingState: { type: "string", enum: ["open", "closed", "awaiting-review"] },
        Thing: {
          type: "object",
          required: ["id"],
          properties: {
            id: { type: "string", format: "uuid" },
            state: { oneOf: [{ $ref: "#/components/schemas/ThingState" }, { type: "null" }] },
            created_at: { type: "string", format: "date-time" },
          },
        },
      },
    },
  };
}

type Edit = (document: JsonObject) => void;

function compareAfter(edit: Edit): Difference[] {
  const ours = ourDocument();
  edit(ours);
  return compareWithUpstream(upstreamDocument(), ours);
}

// Small helpers to reach into the inline documents without a cast on every line.
function at(document: JsonObject, ...keys: (string | number)[]): JsonObject {
  let node: unknown = document;
  for (const key of keys) {
    node = (node as Record<string | number, unknown>)[key];
  }
  return node as JsonObject;
}

describe("compareWithUpstream", () => {
  it("finds nothing missing when the same API is modelled differently", () => {
    expect(compareWithUpstream(upstreamDocument(), ourDocument())).toEqual([]);
  });

  it("detects a missing path", () => {
    expect(compareAfter((ours) => delete at(ours, "paths")["/things/{id}"])).toEqual([
      { kind: "path", at: "paths", value: "/things/{id}" },
    ]);
  });

  it("detects a missing operation", () => {
    expect(compareAfter((ours) => delete at(ours, "paths", "/things/{id}").put)).toEqual([
      { kind: "operation", at: "/things/{id}", value: "PUT" },
    ]);
  });

  it("detects a missing query parameter, whether upstream models it as deepObject or not", () => {
    expect(
      compareAfter((ours) => {
        at(ours, "paths", "/things", "get").parameters = [
          { name: "filter[state]", in: "query", schema: { $ref: "#/components/schemas/ThingState" } },
        ];
      }),
    ).toEqual([{ kind: "parameter", at: "GET /things", value: "query filter[updated_since]" }]);
  });

  it("detects a missing path parameter", () => {
    expect(compareAfter((ours) => delete at(ours, "paths", "/things/{id}").parameters)).toEqual([
      { kind: "parameter", at: "PUT /things/{id}", value: "path id" },
    ]);
  });

  it("detects a missing response status", () => {
    expect(compareAfter((ours) => delete at(ours, "paths", "/things/{id}", "put", "responses")["404"])).toEqual([
      { kind: "response", at: "PUT /things/{id}", value: "404" },
    ]);
  });

  it("detects a missing property deep inside a referenced schema", () => {
    expect(compareAfter((ours) => delete at(ours, "components", "schemas", "Thing", "properties").created_at)).toEqual([
      { kind: "property", at: "GET /things response 200 application/json: data[]", value: "created_at" },
    ]);
  });

  it("detects a missing enum value, in responses and in parameters", () => {
    expect(
      compareAfter((ours) => {
        at(ours, "components", "schemas", "ThingState").enum = ["open", "awaiting-review"];
      }),
    ).toEqual([
      { kind: "enum-value", at: "GET /things query filter[state]", value: "closed" },
      { kind: "enum-value", at: "GET /things response 200 application/json: data[].state", value: "closed" },
    ]);
  });

  it("detects a missing enum value inside request body variants", () => {
    expect(
      compareAfter((ours) => {
        at(ours, "paths", "/things/{id}", "put", "requestBody", "content", "application/json", "schema").properties = {
          data: {
            oneOf: [{ type: "object", required: ["colour"], properties: { colour: { enum: ["red", "blue"] } } }],
          },
        };
      }),
    ).toEqual([{ kind: "enum-value", at: "PUT /things/{id} request application/json: data.colour", value: "green" }]);
  });

  it("detects lost nullability, a changed format and a property no longer required", () => {
    expect(
      compareAfter((ours) => {
        const thing = at(ours, "components", "schemas", "Thing");
        thing.required = [];
        at(thing, "properties").state = { $ref: "#/components/schemas/ThingState" };
        at(thing, "properties", "created_at").format = "date";
      }),
    ).toEqual([
      { kind: "required", at: "GET /things response 200 application/json: data[]", value: "id" },
      { kind: "type", at: "GET /things response 200 application/json: data[].state", value: "null" },
      { kind: "format", at: "GET /things response 200 application/json: data[].created_at", value: "date-time" },
    ]);
  });
});

describe("the allow-list", () => {
  const differences: Difference[] = [
    { kind: "enum-value", at: "GET /a response 200 application/json: data[].state", value: "x" },
    { kind: "enum-value", at: "GET /a/{id} response 200 application/json: data.state", value: "x" },
    { kind: "property", at: "GET /a response 200 application/json: data[]", value: "extra" },
  ];

  function writeAllowList(text: string): string {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "lpkit-allow-")), "differences.yaml");
    writeFileSync(file, text);
    return file;
  }

  it("allows differences matching an entry (with * wildcards) and reports the rest and unused entries", () => {
    const file = writeAllowList(
      [
        "differences:",
        "  - kind: enum-value",
        '    at: "* response 200 application/json: data*.state"',
        "    value: x",
        "    reason: The service never produces x.",
        "  - kind: enum-value",
        '    at: "GET /b*"',
        "    reason: Nothing matches this entry any more.",
      ].join("\n"),
    );
    const result = applyAllowList(differences, readAllowList(file));
    expect(result.unexpected).toEqual([differences[2]]);
    expect(result.unused.map((entry) => entry.at)).toEqual(["GET /b*"]);
  });

  it("rejects entries without a reason", () => {
    const file = writeAllowList(["differences:", "  - kind: property", "    at: GET /a"].join("\n"));
    expect(() => readAllowList(file)).toThrow(/reason/);
  });
});
