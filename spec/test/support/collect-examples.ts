import { dereference, isJsonObject, type JsonObject, pointerSegment, resolveLocalRef } from "./documents.ts";

/** One example in a document, with the JSON pointer of the schema it must satisfy. */
export interface ExampleCase {
  /** Where the example is written, as a JSON pointer. */
  where: string;
  /** The schema the example illustrates, as a JSON pointer into the same document. */
  schemaPointer: string;
  value: unknown;
}

/** Schema keywords whose values are schemas (or maps/lists of schemas) that may carry their own `examples`. */
const subschemaKeywords = {
  single: ["items", "not", "additionalProperties", "contains", "if", "then", "else", "propertyNames"],
  list: ["allOf", "anyOf", "oneOf", "prefixItems"],
  map: ["properties", "patternProperties", "$defs", "dependentSchemas"],
} as const;

/**
 * Finds every example in an OpenAPI 3.1 document: the `example`/`examples` of media types, parameters and headers
 * (following `$ref`s to `components/examples`), and the `examples` (or deprecated `example`) of every schema.
 */
export function collectExamples(document: JsonObject): ExampleCase[] {
  const cases: ExampleCase[] = [];
  const schemaRoots = new Set<string>();

  if (isJsonObject(document.components) && isJsonObject(document.components.schemas)) {
    for (const name of Object.keys(document.components.schemas)) {
      schemaRoots.add(`#/components/schemas/${pointerSegment(name)}`);
    }
  }

  // Media types, parameters and headers all pair a `schema` with `example`/`examples`.
  const visit = (node: unknown, pointer: string): void => {
    if (Array.isArray(node)) {
      node.forEach((item, index) => {
        visit(item, `${pointer}/${index}`);
      });
      return;
    }
    if (!isJsonObject(node)) {
      return;
    }
    if ("schema" in node) {
      const schemaPointer = `${pointer}/schema`;
      schemaRoots.add(schemaPointer);
      if ("example" in node) {
        cases.push({ where: `${pointer}/example`, schemaPointer, value: node.example });
      }
      if (isJsonObject(node.examples)) {
        for (const [name, entry] of Object.entries(node.examples)) {
          const example = dereference(document, entry);
          if (isJsonObject(example) && "value" in example) {
            cases.push({ where: `${pointer}/examples/${pointerSegment(name)}`, schemaPointer, value: example.value });
          }
        }
      }
    }
    for (const [key, child] of Object.entries(node)) {
      // Example values are data, not document structure; schemas are walked separately below.
      if (key === "example" || key === "examples" || key === "schema" || key === "schemas") {
        continue;
      }
      visit(child, `${pointer}/${pointerSegment(key)}`);
    }
  };
  visit(document, "#");

  const visitSchema = (schema: unknown, pointer: string): void => {
    if (!isJsonObject(schema) || "$ref" in schema) {
      // A reference's target is a component schema, visited on its own.
      return;
    }
    if (Array.isArray(schema.examples)) {
      schema.examples.forEach((value, index) => {
        cases.push({ where: `${pointer}/examples/${index}`, schemaPointer: pointer, value });
      });
    }
    if ("example" in schema) {
      cases.push({ where: `${pointer}/example`, schemaPointer: pointer, value: schema.example });
    }
    for (const keyword of subschemaKeywords.single) {
      visitSchema(schema[keyword], `${pointer}/${keyword}`);
    }
    for (const keyword of subschemaKeywords.list) {
      const list = schema[keyword];
      if (Array.isArray(list)) {
        list.forEach((item, index) => {
          visitSchema(item, `${pointer}/${keyword}/${index}`);
        });
      }
    }
    for (const keyword of subschemaKeywords.map) {
      const map = schema[keyword];
      if (isJsonObject(map)) {
        for (const [name, item] of Object.entries(map)) {
          visitSchema(item, `${pointer}/${keyword}/${pointerSegment(name)}`);
        }
      }
    }
  };
  for (const pointer of schemaRoots) {
    visitSchema(resolveLocalRef(document, pointer), pointer);
  }
  return cases;
}
