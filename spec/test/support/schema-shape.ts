import { isJsonObject, type JsonObject, resolveLocalRef } from "./documents.ts";

/**
 * A schema reduced to what a client sees on the wire: which JSON types, values, formats and properties it allows.
 *
 * Composition is flattened so that two documents can be compared however they split their schemas: `anyOf` and
 * `oneOf` become the union of their branches, `allOf` (and siblings of `$ref`) their combination. That loses which
 * branch allowed what, on purpose: documents that model the same body with different variants still compare equal
 * when the same properties and values are present.
 */
export interface SchemaShape {
  /** JSON types allowed (`null` included when nullable); empty means any type. */
  types: Set<string>;
  /** Allowed values as JSON text; `undefined` when the schema does not restrict values to a list. */
  enumValues: Set<string> | undefined;
  formats: Set<string>;
  properties: Map<string, SchemaShape>;
  required: Set<string>;
  items: SchemaShape | undefined;
}

function emptyShape(): SchemaShape {
  return {
    types: new Set(),
    enumValues: undefined,
    formats: new Set(),
    properties: new Map(),
    required: new Set(),
    items: undefined,
  };
}

/** Builds the shape of `schema`, resolving local `$ref`s against `document`. Recursive references stop at `{}`. */
export function shapeOf(document: JsonObject, schema: unknown, visiting: ReadonlySet<string> = new Set()): SchemaShape {
  if (!isJsonObject(schema)) {
    return emptyShape();
  }
  if (typeof schema.$ref === "string") {
    const ref = schema.$ref;
    if (visiting.has(ref)) {
      return emptyShape();
    }
    const target = shapeOf(document, resolveLocalRef(document, ref), new Set([...visiting, ref]));
    const { $ref: _ref, ...siblings } = schema;
    return combine(target, shapeOf(document, siblings, visiting));
  }

  let shape = ownShape(document, schema, visiting);
  for (const branch of arrayOf(schema.allOf)) {
    shape = combine(shape, shapeOf(document, branch, visiting));
  }
  for (const keyword of ["anyOf", "oneOf"] as const) {
    const branches = arrayOf(schema[keyword]);
    if (branches.length > 0) {
      shape = combine(shape, unite(branches.map((branch) => shapeOf(document, branch, visiting))));
    }
  }
  return shape;
}

function ownShape(document: JsonObject, schema: JsonObject, visiting: ReadonlySet<string>): SchemaShape {
  const shape = emptyShape();
  const declaredTypes = Array.isArray(schema.type) ? schema.type : schema.type === undefined ? [] : [schema.type];
  for (const type of declaredTypes) {
    shape.types.add(String(type));
  }
  // OpenAPI 3.0 spelling of "or null".
  if (schema.nullable === true && shape.types.size > 0) {
    shape.types.add("null");
  }
  if (Array.isArray(schema.enum)) {
    shape.enumValues = new Set(schema.enum.map((value) => JSON.stringify(value)));
  }
  if ("const" in schema) {
    shape.enumValues = new Set([JSON.stringify(schema.const)]);
  }
  if (typeof schema.format === "string") {
    shape.formats.add(schema.format);
  }
  if (isJsonObject(schema.properties)) {
    for (const [name, property] of Object.entries(schema.properties)) {
      shape.properties.set(name, shapeOf(document, property, visiting));
    }
  }
  for (const name of arrayOf(schema.required)) {
    shape.required.add(String(name));
  }
  if (schema.items !== undefined) {
    shape.items = shapeOf(document, schema.items, visiting);
  }
  return shape;
}

/** Both shapes apply at once (`allOf`, or `$ref` with sibling keywords). */
function combine(a: SchemaShape, b: SchemaShape): SchemaShape {
  const properties = new Map(a.properties);
  for (const [name, property] of b.properties) {
    const existing = properties.get(name);
    properties.set(name, existing === undefined ? property : combine(existing, property));
  }
  return {
    types: a.types.size === 0 ? b.types : b.types.size === 0 ? a.types : intersection(a.types, b.types),
    enumValues:
      a.enumValues === undefined
        ? b.enumValues
        : b.enumValues === undefined
          ? a.enumValues
          : intersection(a.enumValues, b.enumValues),
    formats: new Set([...a.formats, ...b.formats]),
    properties,
    required: new Set([...a.required, ...b.required]),
    items: a.items === undefined ? b.items : b.items === undefined ? a.items : combine(a.items, b.items),
  };
}

/** Any one of the shapes applies (`anyOf`, `oneOf`). */
function unite(branches: SchemaShape[]): SchemaShape {
  const types = branches.some((branch) => branch.types.size === 0)
    ? new Set<string>()
    : new Set(branches.flatMap((branch) => [...branch.types]));

  // A branch that only allows null says nothing about the other values; any other branch without a value list
  // lifts the restriction for the union.
  const valueBranches = branches.filter((branch) => !(branch.types.size === 1 && branch.types.has("null")));
  const enumValues = valueBranches.every((branch) => branch.enumValues !== undefined)
    ? new Set(valueBranches.flatMap((branch) => [...(branch.enumValues ?? [])]))
    : undefined;

  const properties = new Map<string, SchemaShape>();
  for (const name of new Set(branches.flatMap((branch) => [...branch.properties.keys()]))) {
    properties.set(name, unite(branches.flatMap((branch) => branch.properties.get(name) ?? [])));
  }

  // Required in the union only when every branch that can be an object requires it.
  const objectBranches = branches.filter((branch) => branch.types.size === 0 || branch.types.has("object"));
  const required =
    objectBranches.length === 0
      ? new Set<string>()
      : objectBranches.map((branch) => branch.required).reduce((a, b) => intersection(a, b));

  const itemBranches = branches.flatMap((branch) => branch.items ?? []);
  return {
    types,
    enumValues,
    formats: new Set(branches.flatMap((branch) => [...branch.formats])),
    properties,
    required,
    items: itemBranches.length === 0 ? undefined : unite(itemBranches),
  };
}

function intersection<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): Set<T> {
  return new Set([...a].filter((value) => b.has(value)));
}

function arrayOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
