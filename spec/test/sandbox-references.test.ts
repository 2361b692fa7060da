/**
 * sandbox-v1.yaml `$ref`s the ECF schemas of what the control API returns and accepts instead of restating them.
 * Tools that bundle it (openapi-typescript for the SDK, the sandbox's `/docs`) copy each referenced ECF schema, and
 * those it references in turn, into the control API's own `components` under its ECF name, so no control API schema
 * may already use such a name: Redocly would rename the copy (`schemas-Participant`) and the SDK's types with it.
 */
import { describe, expect, it } from "vitest";
import { ecfSpecPath, isJsonObject, type JsonObject, readYamlObject, sandboxSpecPath } from "./support/documents.ts";

const ecf = readYamlObject(ecfSpecPath);
const sandbox = readYamlObject(sandboxSpecPath);
const ECF_SCHEMA = /^\.\/ecf-v3\.yaml#\/components\/schemas\/([A-Za-z]+)$/;

function schemasOf(document: JsonObject): JsonObject {
  const components = document.components;
  return isJsonObject(components) && isJsonObject(components.schemas) ? components.schemas : {};
}

function references(node: unknown): string[] {
  if (Array.isArray(node)) {
    return node.flatMap(references);
  }
  if (!isJsonObject(node)) {
    return [];
  }
  return Object.entries(node).flatMap(([key, value]) =>
    key === "$ref" && typeof value === "string" ? [value] : references(value),
  );
}

/** The ECF schemas named, and every ECF schema they reference in turn. */
function ecfSchemasReachedFrom(names: readonly string[]): Set<string> {
  const reached = new Set<string>();
  const pending = [...names];
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    if (reached.has(name)) {
      continue;
    }
    reached.add(name);
    for (const ref of references(schemasOf(ecf)[name])) {
      pending.push(ref.replace("#/components/schemas/", ""));
    }
  }
  return reached;
}

const external = references(sandbox).filter((ref) => !ref.startsWith("#"));
const referenced = external.flatMap((ref) => ECF_SCHEMA.exec(ref)?.[1] ?? []);

describe("sandbox-v1.yaml's references into ecf-v3.yaml", () => {
  it("uses them for the ECF API's participant and statement, and for the values both APIs share", () => {
    expect(new Set(referenced)).toEqual(
      new Set([
        "ParticipantResponse",
        "StatementResponse",
        "Cohort",
        "CourseIdentifier",
        "ScheduleIdentifier",
        "InductionProgrammeChoice",
        "StatementMonth",
        "DeclarationType",
      ]),
    );
  });

  it("only names ECF component schemas that exist", () => {
    expect(external.filter((ref) => !ECF_SCHEMA.test(ref))).toEqual([]);
    expect(referenced.filter((name) => schemasOf(ecf)[name] === undefined)).toEqual([]);
  });

  it("brings in no ECF schema under a name the control API uses for one of its own", () => {
    const own = new Set(Object.keys(schemasOf(sandbox)));
    expect([...ecfSchemasReachedFrom(referenced)].filter((name) => own.has(name))).toEqual([]);
  });
});
