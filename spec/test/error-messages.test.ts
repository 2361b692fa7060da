/**
 * The spec and the engine quote the same messages. Each operation's numbered rule table in `ecf-v3.yaml` and
 * `npq-v3.yaml` must match the engine's table for that operation row by row (rule number, title, detail), so
 * "declaration rule 18" means the same message in the spec, the engine and every test that imports the engine's table.
 */
import {
  NPQ_PARTICIPANT_ID_CHANGED,
  NPQ_REQUEST_MESSAGES,
  NPQ_RULE_MESSAGES_BY_OPERATION,
  NPQ_TITLES,
  quotedDetail,
  REQUEST_MESSAGES,
  RULE_MESSAGES_BY_OPERATION,
  type RuleMessages,
  TITLES,
} from "@lpkit/engine";
import { describe, expect, it } from "vitest";
import { collectExamples } from "./support/collect-examples.ts";
import {
  collectStrings,
  ecfSpecPath,
  isJsonObject,
  type JsonObject,
  npqSpecPath,
  readYamlObject,
} from "./support/documents.ts";
import { requestErrorRows, ruleTablesByOperation } from "./support/rule-tables.ts";

const document = readYamlObject(ecfSpecPath);
const descriptions = collectStrings(document, "description").join("\n");
const specTables = ruleTablesByOperation(document);

/** The engine's tables in the shape the spec's tables are read into. */
function engineTablesOf(byOperation: Readonly<Record<string, RuleMessages>>) {
  return new Map(
    Object.entries(byOperation).map(([operationId, table]) => [
      operationId,
      Object.entries(table).map(([rule, message]) => ({
        rule: Number(rule),
        title: message.title,
        detail: quotedDetail(message),
      })),
    ]),
  );
}

const engineTables = engineTablesOf(RULE_MESSAGES_BY_OPERATION);

const uuidPattern = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

/** Values the spec writes as `{placeholder}`, and what they stand for in a real response. */
const placeholderPatterns: Readonly<Record<string, string>> = {
  "{year}": "[0-9]{4}",
  "{withdrawn_at}": "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z",
  "{from_participant_id}": uuidPattern,
  "{to_participant_id}": uuidPattern,
  "{state}": "[a-z_]+",
};

/**
 * The 400/404 messages the sandbox sends from the engine's strings (the 401 body and the unknown route's 404 body
 * are not a `{title, detail}`).
 */
const { accessDenied, routeNotFound, ...requestDetails } = REQUEST_MESSAGES;

/** A quoted message as a pattern matching its real instances (placeholders filled with real values). */
function messagePattern(message: string): RegExp {
  const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  let pattern = escapeRegExp(message);
  for (const [placeholder, valuePattern] of Object.entries(placeholderPatterns)) {
    pattern = pattern.replaceAll(escapeRegExp(placeholder), valuePattern);
  }
  return new RegExp(`^${pattern}$`);
}

function missingFrom(these: Iterable<string>, those: Iterable<string>): string[] {
  const present = new Set(those);
  return [...new Set(these)].filter((item) => !present.has(item)).sort();
}

describe("the engine's rule messages and the spec's rule tables", () => {
  it("cover the same operations", () => {
    expect([...specTables.keys()].sort()).toEqual([...engineTables.keys()].sort());
  });

  it.each([...engineTables.keys()])("%s: the same rules, numbers, titles and details, in order", (operationId) => {
    expect(specTables.get(operationId)).toEqual(engineTables.get(operationId));
  });

  it("quote the same set of messages, both ways", () => {
    const quotedBySpec = [...specTables.values()].flat().map((row) => row.detail);
    const inEngine = [...engineTables.values()].flat().map((row) => row.detail);
    expect({
      inEngineNotQuotedBySpec: missingFrom(inEngine, quotedBySpec),
      quotedBySpecNotInEngine: missingFrom(quotedBySpec, inEngine),
    }).toEqual({ inEngineNotQuotedBySpec: [], quotedBySpecNotInEngine: [] });
  });

  it("number each table's rules from 1 without gaps", () => {
    for (const [operationId, rows] of specTables) {
      expect({ operationId, rules: rows.map((row) => row.rule) }).toEqual({
        operationId,
        rules: rows.map((_, index) => index + 1),
      });
    }
  });
});

describe("the request-level errors", () => {
  it("the errors table quotes the engine's 400 and 404 messages, both ways", () => {
    const quotedBySpec = requestErrorRows(document).map((row) => row.detail);
    expect({
      inEngineNotQuotedBySpec: missingFrom(Object.values(requestDetails), quotedBySpec),
      quotedBySpecNotInEngine: missingFrom(quotedBySpec, Object.values(requestDetails)),
    }).toEqual({ inEngineNotQuotedBySpec: [], quotedBySpecNotInEngine: [] });
  });

  it("the errors table uses the engine's titles", () => {
    const titles = new Set(requestErrorRows(document).map((row) => row.title));
    expect([...titles].sort()).toEqual([TITLES.badParameter, TITLES.badRequest, TITLES.resourceNotFound].sort());
  });

  it("gives the exact 401, unknown route 404 and 429 bodies", () => {
    expect(descriptions).toContain(`{"error":"${accessDenied}"}`);
    expect(JSON.stringify(document.components)).toContain(`"const":"${accessDenied}"`);
    expect(descriptions).toContain(`{"error":"${routeNotFound}"}`);
    expect(JSON.stringify(document.components)).toContain(`"const":"${routeNotFound}"`);
    expect(descriptions).toContain("`Retry later`");
  });
});

describe("error examples in ecf-v3.yaml", () => {
  it("every error detail in an example is one of the engine's messages", () => {
    const patterns = [
      ...[...engineTables.values()].flat().map((row) => row.detail),
      ...Object.values(requestDetails),
    ].map(messagePattern);
    // The kit sandbox's own 429 body is the one error that is not the service's.
    const serviceExamples = collectExamples(document).filter(
      (example) => !example.where.startsWith("#/components/responses/TooManyRequests/"),
    );
    const details = serviceExamples.flatMap((example) => {
      const value = example.value;
      if (!isJsonObject(value) || !Array.isArray(value.errors)) {
        return [];
      }
      return value.errors.flatMap((error) =>
        isJsonObject(error) ? [{ where: example.where, title: error.title, detail: error.detail }] : [],
      );
    });
    expect(details.length).toBeGreaterThan(10);
    const unknown = details.filter(
      ({ detail }) => typeof detail !== "string" || !patterns.some((pattern) => pattern.test(detail)),
    );
    expect(unknown).toEqual([]);
  });
});

describe("npq-v3.yaml and the engine's NPQ messages", () => {
  const npqDocument = readYamlObject(npqSpecPath);
  const npqDescriptions = collectStrings(npqDocument, "description").join("\n");
  const npqSpecTables = ruleTablesByOperation(npqDocument);
  const npqEngineTables = engineTablesOf(NPQ_RULE_MESSAGES_BY_OPERATION);
  const { accessDenied, notFound, cannotModifyDeclaration, invalidTrainingStatusFilter, ...badRequests } =
    NPQ_REQUEST_MESSAGES;
  /** Every request-level error the NPQ service sends as `{title, detail}`, with its title. */
  const requestErrors = [
    ...Object.values(badRequests).map((detail) => ({ title: NPQ_TITLES.badRequest, detail })),
    { title: NPQ_TITLES.cannotModifyDeclaration, detail: cannotModifyDeclaration },
    { title: NPQ_TITLES.unpermittedParameters, detail: invalidTrainingStatusFilter },
    { title: NPQ_PARTICIPANT_ID_CHANGED.title, detail: quotedDetail(NPQ_PARTICIPANT_ID_CHANGED) },
  ];

  it("cover the same operations", () => {
    expect([...npqSpecTables.keys()].sort()).toEqual([...npqEngineTables.keys()].sort());
  });

  it.each([...npqEngineTables.keys()])("%s: the same rules, numbers, titles and details, in order", (operationId) => {
    expect(npqSpecTables.get(operationId)).toEqual(npqEngineTables.get(operationId));
  });

  it("quote the same set of messages, both ways", () => {
    const quotedBySpec = [...npqSpecTables.values()].flat().map((row) => row.detail);
    const inEngine = [...npqEngineTables.values()].flat().map((row) => row.detail);
    expect({
      inEngineNotQuotedBySpec: missingFrom(inEngine, quotedBySpec),
      quotedBySpecNotInEngine: missingFrom(quotedBySpec, inEngine),
    }).toEqual({ inEngineNotQuotedBySpec: [], quotedBySpecNotInEngine: [] });
  });

  it("number each table's rules from 1 without gaps", () => {
    for (const [operationId, rows] of npqSpecTables) {
      expect({ operationId, rules: rows.map((row) => row.rule) }).toEqual({
        operationId,
        rules: rows.map((_, index) => index + 1),
      });
    }
  });

  it("the errors table quotes the engine's request messages with their titles, both ways", () => {
    const quotedBySpec = requestErrorRows(npqDocument, [400, 403, 410, 422]).map(
      ({ title, detail }) => `${title}: ${detail}`,
    );
    const inEngine = requestErrors.map(({ title, detail }) => `${title}: ${detail}`);
    expect({
      inEngineNotQuotedBySpec: missingFrom(inEngine, quotedBySpec),
      quotedBySpecNotInEngine: missingFrom(quotedBySpec, inEngine),
    }).toEqual({ inEngineNotQuotedBySpec: [], quotedBySpecNotInEngine: [] });
  });

  it("gives the exact 401, 404 and 429 bodies", () => {
    const schemas = JSON.stringify((npqDocument.components as JsonObject).schemas);
    expect(npqDescriptions).toContain(`{"error":"${accessDenied}"}`);
    expect(schemas).toContain(`"const":"${accessDenied}"`);
    expect(npqDescriptions).toContain(`{"error":"${notFound}"}`);
    expect(schemas).toContain(`"const":"${notFound}"`);
    expect(npqDescriptions).toContain("`Retry later`");
  });

  it("every error detail in an example is one of the engine's messages, under its title", () => {
    const allowed = [...[...npqEngineTables.values()].flat(), ...requestErrors].map(({ title, detail }) => ({
      title,
      pattern: messagePattern(detail),
    }));
    // The kit sandbox's own 429 body is the one error that is not the service's.
    const serviceExamples = collectExamples(npqDocument).filter(
      (example) => !example.where.startsWith("#/components/responses/TooManyRequests/"),
    );
    const errors = serviceExamples.flatMap((example) => {
      const value = example.value;
      if (!isJsonObject(value) || !Array.isArray(value.errors)) {
        return [];
      }
      return value.errors.flatMap((error) =>
        isJsonObject(error) ? [{ where: example.where, title: error.title, detail: error.detail }] : [],
      );
    });
    expect(errors.length).toBeGreaterThan(20);
    const unknown = errors.filter(
      ({ title, detail }) =>
        typeof detail !== "string" ||
        !allowed.some((message) => message.pattern.test(detail) && message.title === title),
    );
    expect(unknown).toEqual([]);
  });
});
