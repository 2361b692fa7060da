/**
 * The conventions of npq-v3.yaml: those of ecf-v3.yaml (conventions.test.ts) where the two services agree, and the
 * NPQ service's own where they do not (its paths under /participants/npq, its 404 body, its 410 and 403, no-store).
 */
import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import { formatProblems, operationsOf, parametersOf } from "./support/document-conventions.ts";
import { collectStrings, isJsonObject, type JsonObject, npqSpecPath, readYamlObject } from "./support/documents.ts";

const document = readYamlObject(npqSpecPath);
const components = document.components as Record<string, Record<string, JsonObject>>;
const schemas = components.schemas ?? {};
const operations = operationsOf(document);

/** NPQ rules §1.1, in our operation names: DfE's document's 22 and GET /delivery-partners/{id}. */
const expectedOperations: Record<string, string> = {
  listNpqApplications: "GET /api/v3/npq-applications",
  getNpqApplication: "GET /api/v3/npq-applications/{id}",
  acceptNpqApplication: "POST /api/v3/npq-applications/{id}/accept",
  rejectNpqApplication: "POST /api/v3/npq-applications/{id}/reject",
  changeNpqApplicationFundedPlace: "PUT /api/v3/npq-applications/{id}/change-funded-place",
  listNpqParticipants: "GET /api/v3/participants/npq",
  getNpqParticipant: "GET /api/v3/participants/npq/{id}",
  deferNpqParticipant: "PUT /api/v3/participants/npq/{id}/defer",
  resumeNpqParticipant: "PUT /api/v3/participants/npq/{id}/resume",
  withdrawNpqParticipant: "PUT /api/v3/participants/npq/{id}/withdraw",
  changeNpqParticipantSchedule: "PUT /api/v3/participants/npq/{id}/change-schedule",
  listNpqOutcomes: "GET /api/v3/participants/npq/outcomes",
  listNpqParticipantOutcomes: "GET /api/v3/participants/npq/{id}/outcomes",
  createNpqParticipantOutcome: "POST /api/v3/participants/npq/{id}/outcomes",
  listParticipantDeclarations: "GET /api/v3/participant-declarations",
  getParticipantDeclaration: "GET /api/v3/participant-declarations/{id}",
  createParticipantDeclaration: "POST /api/v3/participant-declarations",
  voidParticipantDeclaration: "PUT /api/v3/participant-declarations/{id}/void",
  changeParticipantDeclarationDeliveryPartner: "PUT /api/v3/participant-declarations/{id}/change-delivery-partner",
  listStatements: "GET /api/v3/statements",
  getStatement: "GET /api/v3/statements/{id}",
  listDeliveryPartners: "GET /api/v3/delivery-partners",
  getDeliveryPartner: "GET /api/v3/delivery-partners/{id}",
};

/**
 * The format a property's name promises. An outcome's `completion_date` is a date-time in responses (midnight, as
 * the service renders a date) and a date in requests; a withdrawal's or deferral's `date` is a date-time.
 */
function expectedFormat(name: string, where: string): string | undefined {
  if (name === "id" || name.endsWith("_id")) {
    return "uuid";
  }
  if (name.endsWith("_at") || name === "declaration_date") {
    return "date-time";
  }
  if (name === "completion_date") {
    return where.includes("Request") ? "date" : "date-time";
  }
  if (name === "date") {
    return /(withdrawal|deferral)$/i.test(where) ? "date-time" : "date";
  }
  return name.endsWith("_date") ? "date" : undefined;
}

describe("npq-v3.yaml conventions", () => {
  it("is written in a YAML subset every tool reads the same way (1.1 and 1.2)", () => {
    expect(isDeepStrictEqual(readYamlObject(npqSpecPath, "1.1"), document)).toBe(true);
  });

  it("has the 23 operations of the service, with stable camelCase operationIds", () => {
    const actual = Object.fromEntries(
      operations.map(({ method, pathName, operation }) => [
        operation.operationId,
        `${method.toUpperCase()} ${pathName}`,
      ]),
    );
    expect(actual).toEqual(expectedOperations);
    expect(operations).toHaveLength(23);
    for (const operationId of Object.keys(actual)) {
      expect(operationId).toMatch(/^[a-z][a-zA-Z]+$/);
    }
  });

  it("uses the service's paths under /api/v3 and servers that are host roots", () => {
    for (const pathName of Object.keys(document.paths as JsonObject)) {
      expect(pathName).toMatch(/^\/api\/v3\/[a-z-]+(\/npq)?(\/\{id\})?(\/[a-z-]+)?$/);
    }
    const servers = document.servers as { url: string }[];
    expect(servers.map((server) => server.url)).toEqual([
      "https://register-national-professional-qualifications.education.gov.uk",
      "https://npq-registration-sandbox-web.teacherservices.cloud",
    ]);
  });

  it("requires a bearer token on every operation", () => {
    expect(document.security).toEqual([{ bearerAuth: [] }]);
    expect(components.securitySchemes?.bearerAuth).toMatchObject({ type: "http", scheme: "bearer" });
    for (const { operation } of operations) {
      expect(operation.security).toBeUndefined();
    }
  });

  it("documents the responses each kind of operation can get", () => {
    for (const { pathName, operation } of operations) {
      const codes = Object.keys(operation.responses as JsonObject);
      const name = String(operation.operationId);
      // The service answers 200 to everything that succeeds, creation included.
      expect(
        codes.filter((code) => code.startsWith("2")),
        name,
      ).toEqual(["200"]);
      // 400 is possible everywhere: the service rejects `?filter=abc` on every endpoint.
      expect(codes, name).toEqual(expect.arrayContaining(["400", "401", "429"]));
      if (pathName.includes("{id}")) {
        expect(codes, name).toContain("404");
      }
      if (operation.requestBody !== undefined) {
        expect(codes, name).toEqual(expect.arrayContaining(["400", "422"]));
      }
      expect(typeof operation.summary, name).toBe("string");
      expect(String(operation.description).length, name).toBeGreaterThan(40);
      expect(operation.tags, name).toHaveLength(1);
    }
  });

  it("answers 410 where a merged participant id is read, and 403 where another provider's declaration is changed", () => {
    const withCode = (code: string) =>
      operations
        .filter(({ operation }) => Object.keys(operation.responses as JsonObject).includes(code))
        .map(({ operation }) => operation.operationId)
        .sort();
    expect(withCode("410")).toEqual(["getNpqParticipant", "listNpqParticipantOutcomes"]);
    expect(withCode("403")).toEqual(["changeParticipantDeclarationDeliveryPartner", "voidParticipantDeclaration"]);
  });

  it("marks what the application answers no-store, and the rate limit's 429 no-cache", () => {
    const responses = components.responses ?? {};
    const cacheControl = (response: JsonObject | undefined) =>
      (response?.headers as JsonObject | undefined)?.["Cache-Control"];
    const noStore = { $ref: "#/components/headers/CacheControlNoStore" };
    const noCache = { $ref: "#/components/headers/CacheControlNoCache" };
    expect(components.headers?.CacheControlNoStore).toMatchObject({ schema: { const: "no-store" } });
    for (const name of ["Unauthorized", "NotFound", "ParticipantIdChanged", "CannotModifyDeclaration", "BadRequest"]) {
      expect(cacheControl(responses[name]), name).toEqual(noStore);
    }
    expect(cacheControl(responses.TooManyRequests)).toEqual(noCache);
    for (const { operation } of operations) {
      const ok = (operation.responses as Record<string, JsonObject>)["200"];
      expect(cacheControl(ok), String(operation.operationId)).toEqual(noStore);
    }
  });

  it("sends filter and page as deepObject parameters (filter[cohort]=..., page[page]=...)", () => {
    const objectParameters = operations.flatMap(({ item, operation }) =>
      parametersOf(document, item, operation).filter(
        (parameter) => parameter.name === "filter" || parameter.name === "page",
      ),
    );
    expect(objectParameters.length).toBeGreaterThan(10);
    for (const parameter of objectParameters) {
      expect(parameter).toMatchObject({ in: "query", style: "deepObject", explode: true });
    }
  });

  it("names the schemas a client works with", () => {
    for (const name of [
      "NpqApplication",
      "NpqParticipant",
      "NpqOutcome",
      "ParticipantDeclaration",
      "Statement",
      "DeliveryPartner",
    ]) {
      expect(schemas[`${name}Response`]?.properties, name).toMatchObject({
        data: { $ref: `#/components/schemas/${name}` },
      });
      expect(schemas[`${name}ListResponse`]?.properties, name).toMatchObject({
        data: { type: "array", items: { $ref: `#/components/schemas/${name}` } },
      });
      expect(schemas[name]?.required, name).toEqual(["id", "type", "attributes"]);
    }
  });

  it("uses the service's resource type strings, npq_application with its underscore", () => {
    const types = Object.values(schemas).flatMap((schema) => {
      const type = isJsonObject(schema.properties) ? schema.properties.type : undefined;
      return isJsonObject(type) && schema.required !== undefined && typeof type.const === "string" ? [type.const] : [];
    });
    expect(new Set(types)).toEqual(
      new Set([
        "npq_application",
        "npq-participant",
        "participant-outcome",
        "participant-declaration",
        "statement",
        "delivery-partner",
      ]),
    );
  });

  it("gives every id a uuid format, every *_at a date-time format and every *_date a date format", () => {
    expect(formatProblems(document, expectedFormat)).toEqual([]);
  });

  it("writes nullability the OpenAPI 3.1 way", () => {
    expect(JSON.stringify(document)).not.toContain('"nullable"');
  });

  it("keeps descriptions free of placeholder text", () => {
    for (const text of collectStrings(document, "description")) {
      expect(text).not.toMatch(/\b(TODO|TBD|FIXME|lorem)\b/i);
    }
  });
});
