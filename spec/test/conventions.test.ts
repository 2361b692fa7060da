import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import { formatProblems, operationsOf, parametersOf } from "./support/document-conventions.ts";
import { collectStrings, ecfSpecPath, isJsonObject, type JsonObject, readYamlObject } from "./support/documents.ts";

const document = readYamlObject(ecfSpecPath);
const paths = document.paths as Record<string, JsonObject>;
const components = document.components as Record<string, Record<string, JsonObject>>;
const schemas = components.schemas ?? {};

const operations = operationsOf(document);

/** ECF rules §1.1, in our operation names. */
const expectedOperations: Record<string, string> = {
  listParticipants: "GET /api/v3/participants",
  getParticipant: "GET /api/v3/participants/{id}",
  withdrawParticipant: "PUT /api/v3/participants/{id}/withdraw",
  deferParticipant: "PUT /api/v3/participants/{id}/defer",
  resumeParticipant: "PUT /api/v3/participants/{id}/resume",
  changeParticipantSchedule: "PUT /api/v3/participants/{id}/change-schedule",
  listParticipantTransfers: "GET /api/v3/participants/transfers",
  getParticipantTransfer: "GET /api/v3/participants/{id}/transfers",
  listParticipantDeclarations: "GET /api/v3/participant-declarations",
  getParticipantDeclaration: "GET /api/v3/participant-declarations/{id}",
  createParticipantDeclaration: "POST /api/v3/participant-declarations",
  voidParticipantDeclaration: "PUT /api/v3/participant-declarations/{id}/void",
  listStatements: "GET /api/v3/statements",
  getStatement: "GET /api/v3/statements/{id}",
  listDeliveryPartners: "GET /api/v3/delivery-partners",
  getDeliveryPartner: "GET /api/v3/delivery-partners/{id}",
  listPartnerships: "GET /api/v3/partnerships",
  getPartnership: "GET /api/v3/partnerships/{id}",
  createPartnership: "POST /api/v3/partnerships",
  updatePartnership: "PUT /api/v3/partnerships/{id}",
  listSchools: "GET /api/v3/schools",
  getSchool: "GET /api/v3/schools/{id}",
  listUnfundedMentors: "GET /api/v3/unfunded-mentors",
  getUnfundedMentor: "GET /api/v3/unfunded-mentors/{id}",
};

/** The format a property's name promises. `date` is a date-time for withdrawals and deferrals, a date elsewhere. */
function expectedFormat(name: string, where: string): string | undefined {
  if (name === "id" || name.endsWith("_id")) {
    return "uuid";
  }
  if (name.endsWith("_at") || name === "declaration_date") {
    return "date-time";
  }
  if (name === "date") {
    return /(withdrawal|deferral)$/i.test(where) ? "date-time" : "date";
  }
  return name.endsWith("_date") ? "date" : undefined;
}

function responseCodes(operation: JsonObject): string[] {
  return Object.keys(operation.responses as JsonObject);
}

describe("ecf-v3.yaml conventions", () => {
  it("is written in a YAML subset every tool reads the same way (1.1 and 1.2)", () => {
    // YAML 1.1 parsers (js-yaml, used by Redocly and openapi-typescript) turn unquoted dates into Date objects and
    // `yes` into true; a quoted document reads identically under both.
    expect(isDeepStrictEqual(readYamlObject(ecfSpecPath, "1.1"), document)).toBe(true);
  });

  it("has the 24 operations of the service, with stable camelCase operationIds", () => {
    const actual = Object.fromEntries(
      operations.map(({ method, pathName, operation }) => [
        operation.operationId,
        `${method.toUpperCase()} ${pathName}`,
      ]),
    );
    expect(actual).toEqual(expectedOperations);
    for (const operationId of Object.keys(actual)) {
      expect(operationId).toMatch(/^[a-z][a-zA-Z]+$/);
    }
  });

  it("uses the service's paths under /api/v3 and servers that are host roots", () => {
    for (const pathName of Object.keys(paths)) {
      expect(pathName).toMatch(/^\/api\/v3\/[a-z-]+(\/\{id\})?(\/[a-z-]+)?$/);
      expect(pathName).not.toContain("/ecf");
    }
    const servers = document.servers as { url: string }[];
    expect(servers.map((server) => server.url)).toEqual([
      "https://www.register-early-career-teachers.education.gov.uk",
      "https://sandbox.register-early-career-teachers.education.gov.uk",
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
      const codes = responseCodes(operation);
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
      "Participant",
      "ParticipantDeclaration",
      "Statement",
      "DeliveryPartner",
      "Partnership",
      "School",
      "UnfundedMentor",
      "ParticipantTransfer",
    ]) {
      expect(schemas[`${name}Response`]?.properties, name).toMatchObject({
        data: { $ref: `#/components/schemas/${name}` },
      });
      expect(schemas[`${name}ListResponse`]?.properties, name).toMatchObject({
        data: { type: "array", items: { $ref: `#/components/schemas/${name}` } },
      });
      expect(schemas[name]?.required, name).toEqual(["id", "type", "attributes"]);
    }
    expect(Object.keys(schemas)).toEqual(
      expect.arrayContaining([
        "ErrorResponse",
        "UnauthorizedResponse",
        "ParticipantDeclarationCreateRequest",
        "ParticipantWithdrawRequest",
        "ParticipantDeferRequest",
        "ParticipantResumeRequest",
        "ParticipantChangeScheduleRequest",
        "PartnershipCreateRequest",
        "PartnershipUpdateRequest",
      ]),
    );
  });

  it("uses the service's resource type strings", () => {
    const types = Object.values(schemas).flatMap((schema) => {
      const type = isJsonObject(schema.properties) ? schema.properties.type : undefined;
      return isJsonObject(type) && schema.required !== undefined && typeof type.const === "string" ? [type.const] : [];
    });
    expect(new Set(types)).toEqual(
      new Set([
        "participant",
        "participant-declaration",
        "statement",
        "delivery-partner",
        "partnership",
        "school",
        "participant-transfer",
        "unfunded-mentor",
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
