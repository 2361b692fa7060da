import { dereference, isJsonObject, type JsonObject } from "./documents.ts";
import { shapeOf } from "./schema-shape.ts";

/** One operation of a document, with the path item it sits in. */
export interface OperationEntry {
  method: "get" | "put" | "post" | "delete" | "patch";
  pathName: string;
  item: JsonObject;
  operation: JsonObject;
}

export function operationsOf(document: JsonObject): OperationEntry[] {
  const paths = document.paths as Record<string, JsonObject>;
  return Object.entries(paths).flatMap(([pathName, item]) =>
    (["get", "put", "post", "delete", "patch"] as const).flatMap((method) => {
      const operation = item[method];
      return isJsonObject(operation) ? [{ method, pathName, item, operation }] : [];
    }),
  );
}

/** The operation's parameters, those of its path item first, with `$ref`s followed. */
export function parametersOf(document: JsonObject, item: JsonObject, operation: JsonObject): JsonObject[] {
  return [...((item.parameters as unknown[]) ?? []), ...((operation.parameters as unknown[]) ?? [])].map(
    (parameter) => dereference(document, parameter) as JsonObject,
  );
}

/**
 * Every property of every component schema (filters left out: they take comma-separated lists of ids) whose format
 * is not the one its name promises. `expectedFormat` gets the property's name and where it sits
 * (`Schema.property.nested`) and answers the one format it must have, or undefined when its name promises none.
 */
export function formatProblems(
  document: JsonObject,
  expectedFormat: (name: string, where: string) => string | undefined,
): string[] {
  const components = document.components as Record<string, Record<string, JsonObject>>;
  const problems: string[] = [];
  for (const [schemaName, schema] of Object.entries(components.schemas ?? {})) {
    if (schemaName.endsWith("Filter")) {
      continue;
    }
    const check = (shape: ReturnType<typeof shapeOf>, where: string): void => {
      for (const [name, property] of shape.properties) {
        const formats = [...property.formats];
        const expected = expectedFormat(name, where);
        if (expected !== undefined && (formats.length !== 1 || formats[0] !== expected)) {
          problems.push(`${where}.${name}: expected ${expected}, got ${formats.join(",") || "none"}`);
        }
        check(property, `${where}.${name}`);
        if (property.items !== undefined) {
          check(property.items, `${where}.${name}[]`);
        }
      }
    };
    check(shapeOf(document, schema), schemaName);
  }
  return problems;
}
