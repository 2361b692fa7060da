import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { collectExamples } from "./support/collect-examples.ts";
import { ecfSpecPath, npqSpecPath, readYamlObject, sandboxSpecPath } from "./support/documents.ts";

const document = readYamlObject(ecfSpecPath);
const documentId = "https://lpkit.invalid/spec/ecf-v3.yaml";
// Beside it, as in `spec/`, so that the control API's `./ecf-v3.yaml#/...` references resolve to the ECF document.
const sandboxDocument = readYamlObject(sandboxSpecPath);
const sandboxDocumentId = "https://lpkit.invalid/spec/sandbox-v1.yaml";
const npqDocument = readYamlObject(npqSpecPath);
const npqDocumentId = "https://lpkit.invalid/spec/npq-v3.yaml";

// The whole OpenAPI document is registered as one schema resource so that every example can be checked against
// the schema at its own JSON pointer, `$ref`s included. OpenAPI-only keywords are not JSON Schema, hence `strict:
// false`; formats are asserted, so a malformed date or UUID in an example fails.
const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
// ajv-formats is CommonJS: under Node's ESM loader the default import is `module.exports`, whose `default` is the plugin.
addFormats.default(ajv);
ajv.addSchema(document, documentId);
ajv.addSchema(sandboxDocument, sandboxDocumentId);
ajv.addSchema(npqDocument, npqDocumentId);

const examples = collectExamples(document);

describe("examples in ecf-v3.yaml", () => {
  it("finds examples for requests, responses, parameters and schemas", () => {
    expect(examples.length).toBeGreaterThan(60);
    for (const place of ["/requestBody/", "/responses/", "#/components/schemas/", "#/components/parameters/"]) {
      expect(
        examples.some((example) => example.where.includes(place)),
        place,
      ).toBe(true);
    }
  });

  it("uses `examples`, not the deprecated `example` keyword, in schemas", () => {
    expect(examples.filter((example) => example.where.endsWith("/example")).map((example) => example.where)).toEqual(
      [],
    );
  });

  it.each(examples.map((example) => [example.where, example] as const))("%s is valid", (_where, example) => {
    const validate = ajv.getSchema(`${documentId}${example.schemaPointer}`);
    expect(validate, `no schema at ${example.schemaPointer}`).toBeDefined();
    const valid = validate?.(example.value);
    expect(valid ? [] : validate?.errors).toEqual([]);
  });

  it("rejects an example that breaks its schema (the check itself works)", () => {
    const validate = ajv.getSchema(`${documentId}#/components/schemas/ParticipantDeclaration`);
    expect(validate?.({ id: "not-a-uuid", type: "participant-declaration", attributes: {} })).toBe(false);
  });
});

describe("examples in sandbox-v1.yaml", () => {
  const sandboxExamples = collectExamples(sandboxDocument);

  it("finds examples for responses and schemas", () => {
    for (const place of ["/responses/", "#/components/schemas/"]) {
      expect(
        sandboxExamples.some((example) => example.where.includes(place)),
        place,
      ).toBe(true);
    }
  });

  it.each(sandboxExamples.map((example) => [example.where, example] as const))("%s is valid", (_where, example) => {
    const validate = ajv.getSchema(`${sandboxDocumentId}${example.schemaPointer}`);
    expect(validate, `no schema at ${example.schemaPointer}`).toBeDefined();
    const valid = validate?.(example.value);
    expect(valid ? [] : validate?.errors).toEqual([]);
  });

  it("checks the ECF schemas it references (the reference resolves and is enforced)", () => {
    const validate = ajv.getSchema(
      `${sandboxDocumentId}#/paths/~1__sandbox~1participants/post/responses/201/content/application~1json/schema`,
    );
    expect(validate?.({ data: { id: "not-a-uuid", type: "participant", attributes: {} } })).toBe(false);
  });
});

describe("examples in npq-v3.yaml", () => {
  const npqExamples = collectExamples(npqDocument);

  it("finds examples for requests, responses, parameters and schemas", () => {
    expect(npqExamples.length).toBeGreaterThan(50);
    for (const place of ["/requestBody/", "/responses/", "#/components/schemas/", "#/components/parameters/"]) {
      expect(
        npqExamples.some((example) => example.where.includes(place)),
        place,
      ).toBe(true);
    }
  });

  it.each(npqExamples.map((example) => [example.where, example] as const))("%s is valid", (_where, example) => {
    const validate = ajv.getSchema(`${npqDocumentId}${example.schemaPointer}`);
    expect(validate, `no schema at ${example.schemaPointer}`).toBeDefined();
    const valid = validate?.(example.value);
    expect(valid ? [] : validate?.errors).toEqual([]);
  });

  it("rejects an example that breaks its schema (the check itself works)", () => {
    const validate = ajv.getSchema(`${npqDocumentId}#/components/schemas/ParticipantDeclaration`);
    const declaration = { id: "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e", type: "participant-declaration" };
    // The service's states are dasherized; DfE's document spells them with underscores.
    expect(validate?.({ ...declaration, attributes: { state: "awaiting_clawback" } })).toBe(false);
  });
});
