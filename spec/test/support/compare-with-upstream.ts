import { dereference, isJsonObject, type JsonObject } from "./documents.ts";
import { type SchemaShape, shapeOf } from "./schema-shape.ts";

/** What kind of thing the upstream document has and ours lacks. */
export type DifferenceKind =
  | "path"
  | "operation"
  | "parameter"
  | "request-body"
  | "response"
  | "media-type"
  | "header"
  | "property"
  | "required"
  | "type"
  | "format"
  | "enum-value"
  | "items";

/**
 * One thing the upstream document offers that ours does not.
 *
 * `at` names the place: `GET /api/v3/participants`, then `query filter[cohort]`, `request application/json` or
 * `response 200 application/json`, then after `: ` a path into the schema (`data[].attributes.state`, `[]` for
 * array items). `value` is what is missing there: a property name, an enum value, a type, a format, a status code.
 */
export interface Difference {
  kind: DifferenceKind;
  at: string;
  value: string;
}

const methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

/**
 * Lists everything `upstream` has that `ours` lacks, at the level a client sees on the wire: paths, methods, query,
 * path and header parameters (a `deepObject` parameter counts as its `name[key]` parameters, so either modelling
 * compares equal), request and response bodies by media type, response headers, and inside every schema (through
 * `$ref`s and composition) the properties, required properties, types, formats and enum values.
 *
 * It is one-directional on purpose: call it both ways round to find additions as well as removals.
 */
export function compareWithUpstream(upstream: JsonObject, ours: JsonObject): Difference[] {
  const differences: Difference[] = [];
  const upstreamPaths = isJsonObject(upstream.paths) ? upstream.paths : {};
  const ourPaths = isJsonObject(ours.paths) ? ours.paths : {};

  for (const [pathName, upstreamItem] of Object.entries(upstreamPaths)) {
    const ourItem = ourPaths[pathName];
    if (!isJsonObject(upstreamItem)) {
      continue;
    }
    if (!isJsonObject(ourItem)) {
      differences.push({ kind: "path", at: "paths", value: pathName });
      continue;
    }
    for (const method of methods) {
      const upstreamOperation = upstreamItem[method];
      if (!isJsonObject(upstreamOperation)) {
        continue;
      }
      const ourOperation = ourItem[method];
      const at = `${method.toUpperCase()} ${pathName}`;
      if (!isJsonObject(ourOperation)) {
        differences.push({ kind: "operation", at: pathName, value: method.toUpperCase() });
        continue;
      }
      const context: OperationContext = { upstream, ours, at, differences };
      compareParameters(
        context,
        wireParameters(upstream, upstreamItem, upstreamOperation),
        wireParameters(ours, ourItem, ourOperation),
      );
      compareRequestBodies(context, upstreamOperation.requestBody, ourOperation.requestBody);
      compareResponses(context, upstreamOperation.responses, ourOperation.responses);
    }
  }
  return differences;
}

/** Renders a difference as one readable line. */
export function describeDifference(difference: Difference): string {
  return `${difference.kind} ${JSON.stringify(difference.value)} missing at ${difference.at}`;
}

interface OperationContext {
  upstream: JsonObject;
  ours: JsonObject;
  at: string;
  differences: Difference[];
}

interface WireParameter {
  required: boolean;
  shape: SchemaShape;
}

/** The operation's parameters as they appear in a request, keyed by `<in> <name>`. */
function wireParameters(document: JsonObject, pathItem: JsonObject, operation: JsonObject): Map<string, WireParameter> {
  const declared = new Map<string, JsonObject>();
  for (const source of [pathItem.parameters, operation.parameters]) {
    for (const entry of Array.isArray(source) ? source : []) {
      const parameter = dereference(document, entry);
      if (isJsonObject(parameter) && typeof parameter.name === "string" && typeof parameter.in === "string") {
        // Operation-level parameters override path-level ones with the same name and location.
        declared.set(`${parameter.in} ${parameter.name}`, parameter);
      }
    }
  }

  const wire = new Map<string, WireParameter>();
  for (const parameter of declared.values()) {
    const location = String(parameter.in);
    const name = location === "header" ? String(parameter.name).toLowerCase() : String(parameter.name);
    const required = parameter.required === true;
    const shape = shapeOf(document, parameter.schema);
    if (location === "query" && parameter.style === "deepObject" && shape.properties.size > 0) {
      for (const [key, property] of shape.properties) {
        wire.set(`${location} ${name}[${key}]`, { required: required && shape.required.has(key), shape: property });
      }
    } else {
      wire.set(`${location} ${name}`, { required, shape });
    }
  }
  return wire;
}

function compareParameters(
  context: OperationContext,
  upstream: Map<string, WireParameter>,
  ours: Map<string, WireParameter>,
): void {
  for (const [key, upstreamParameter] of upstream) {
    const ourParameter = ours.get(key);
    if (ourParameter === undefined) {
      context.differences.push({ kind: "parameter", at: context.at, value: key });
      continue;
    }
    const at = `${context.at} ${key}`;
    if (upstreamParameter.required && !ourParameter.required) {
      context.differences.push({ kind: "required", at: context.at, value: key });
    }
    compareShapes(context.differences, upstreamParameter.shape, ourParameter.shape, at, "");
  }
}

function compareRequestBodies(context: OperationContext, upstreamBody: unknown, ourBody: unknown): void {
  const upstream = dereference(context.upstream, upstreamBody);
  if (!isJsonObject(upstream)) {
    return;
  }
  const ours = dereference(context.ours, ourBody);
  if (!isJsonObject(ours)) {
    context.differences.push({ kind: "request-body", at: context.at, value: "requestBody" });
    return;
  }
  compareContent(context, upstream.content, ours.content, `${context.at} request`);
}

function compareResponses(context: OperationContext, upstreamResponses: unknown, ourResponses: unknown): void {
  if (!isJsonObject(upstreamResponses)) {
    return;
  }
  const ours = isJsonObject(ourResponses) ? ourResponses : {};
  for (const [status, upstreamEntry] of Object.entries(upstreamResponses)) {
    const upstream = dereference(context.upstream, upstreamEntry);
    const our = dereference(context.ours, ours[status]);
    if (!isJsonObject(upstream)) {
      continue;
    }
    if (!isJsonObject(our)) {
      context.differences.push({ kind: "response", at: context.at, value: status });
      continue;
    }
    const at = `${context.at} response ${status}`;
    const ourHeaders = new Set(Object.keys(isJsonObject(our.headers) ? our.headers : {}).map((h) => h.toLowerCase()));
    for (const header of Object.keys(isJsonObject(upstream.headers) ? upstream.headers : {})) {
      if (!ourHeaders.has(header.toLowerCase())) {
        context.differences.push({ kind: "header", at, value: header });
      }
    }
    compareContent(context, upstream.content, our.content, at);
  }
}

function compareContent(context: OperationContext, upstreamContent: unknown, ourContent: unknown, at: string): void {
  if (!isJsonObject(upstreamContent)) {
    return;
  }
  const ours = isJsonObject(ourContent) ? ourContent : {};
  for (const [mediaType, upstreamMedia] of Object.entries(upstreamContent)) {
    const ourMedia = ours[mediaType];
    if (!isJsonObject(ourMedia)) {
      context.differences.push({ kind: "media-type", at, value: mediaType });
      continue;
    }
    if (!isJsonObject(upstreamMedia)) {
      continue;
    }
    compareShapes(
      context.differences,
      shapeOf(context.upstream, upstreamMedia.schema),
      shapeOf(context.ours, ourMedia.schema),
      `${at} ${mediaType}`,
      "",
    );
  }
}

function compareShapes(
  differences: Difference[],
  upstream: SchemaShape,
  ours: SchemaShape,
  base: string,
  schemaPath: string,
): void {
  const at = schemaPath === "" ? base : `${base}: ${schemaPath}`;

  for (const type of upstream.types) {
    if (!allowsType(ours, type)) {
      differences.push({ kind: "type", at, value: type });
    }
  }
  for (const format of upstream.formats) {
    if (!ours.formats.has(format)) {
      differences.push({ kind: "format", at, value: format });
    }
  }
  for (const json of upstream.enumValues ?? []) {
    // Whether null is allowed is a question of type, answered above.
    if (json === "null") {
      continue;
    }
    const allowed =
      ours.enumValues === undefined ? allowsType(ours, jsonType(JSON.parse(json))) : ours.enumValues.has(json);
    if (!allowed) {
      differences.push({ kind: "enum-value", at, value: String(JSON.parse(json)) });
    }
  }
  for (const name of upstream.required) {
    if (!ours.required.has(name)) {
      differences.push({ kind: "required", at, value: name });
    }
  }
  for (const [name, upstreamProperty] of upstream.properties) {
    const ourProperty = ours.properties.get(name);
    if (ourProperty === undefined) {
      differences.push({ kind: "property", at, value: name });
      continue;
    }
    compareShapes(differences, upstreamProperty, ourProperty, base, schemaPath === "" ? name : `${schemaPath}.${name}`);
  }
  if (upstream.items !== undefined) {
    if (ours.items === undefined) {
      differences.push({ kind: "items", at, value: "items" });
    } else {
      compareShapes(differences, upstream.items, ours.items, base, `${schemaPath}[]`);
    }
  }
}

function allowsType(shape: SchemaShape, type: string): boolean {
  return shape.types.size === 0 || shape.types.has(type) || (type === "integer" && shape.types.has("number"));
}

function jsonType(value: unknown): string {
  if (value === null) {
    return "null";
  }
  if (Array.isArray(value)) {
    return "array";
  }
  if (typeof value === "number") {
    return Number.isInteger(value) ? "integer" : "number";
  }
  return typeof value;
}
