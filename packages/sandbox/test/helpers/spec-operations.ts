/**
 * The operations of `spec/`, read straight from the OpenAPI documents with their parameters and request body
 * schemas resolved, for tests that generate requests from the spec rather than restating it.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

export type Schema = Readonly<Record<string, unknown>>;

const SPEC_FOLDER = fileURLToPath(new URL("../../../../spec/", import.meta.url));
const METHODS = ["get", "put", "post", "delete", "patch"] as const;

/** A schema and the document its local `$ref`s are read against. */
export interface SchemaIn {
  readonly schema: Schema;
  readonly document: string;
}

export interface SpecParameter extends SchemaIn {
  readonly name: string;
  /** `path`, `query` or `header`. */
  readonly location: string;
  readonly style: string | undefined;
  readonly required: boolean;
  /** The name of the `#/components/parameters/...` entry it came from (`ParticipantId`), if any. */
  readonly reference: string | undefined;
}

export interface SpecOperationShape {
  readonly document: string;
  readonly method: string;
  /** The path as the sandbox serves it: the document's template under its mount (`/ecf/api/v3/participants/{id}`). */
  readonly path: string;
  readonly label: string;
  readonly pathParameter: SpecParameter | undefined;
  readonly query: readonly SpecParameter[];
  readonly headers: readonly SpecParameter[];
  readonly body: SchemaIn | undefined;
}

const documents = new Map<string, Record<string, unknown>>();

function document(name: string): Record<string, unknown> {
  let loaded = documents.get(name);
  if (loaded === undefined) {
    loaded = parse(readFileSync(`${SPEC_FOLDER}${name}.yaml`, "utf8")) as Record<string, unknown>;
    documents.set(name, loaded);
  }
  return loaded;
}

/** Follows `$ref`s (`#/components/...` or `./ecf-v3.yaml#/components/...`) until a schema without one. */
export function resolve(schema: Schema, documentName: string): SchemaIn {
  let current: SchemaIn = { schema, document: documentName };
  while (typeof current.schema.$ref === "string") {
    const [file, pointer = ""] = current.schema.$ref.split("#");
    const target = file ? (file.replace(/^\.\//, "").replace(/\.yaml$/, "") as string) : current.document;
    let node: unknown = document(target);
    for (const segment of pointer.split("/").filter(Boolean)) {
      node = (node as Record<string, unknown>)[segment.replaceAll("~1", "/").replaceAll("~0", "~")];
    }
    if (node === undefined) {
      throw new Error(`unresolved $ref ${current.schema.$ref} in ${current.document}`);
    }
    current = { schema: node as Schema, document: target };
  }
  return current;
}

function parameter(raw: Schema, documentName: string): SpecParameter {
  const reference = typeof raw.$ref === "string" ? raw.$ref.split("/").pop() : undefined;
  const { schema, document: where } = resolve(raw, documentName);
  return {
    name: String(schema.name),
    location: String(schema.in),
    style: typeof schema.style === "string" ? schema.style : undefined,
    required: schema.required === true,
    reference,
    schema: (schema.schema ?? {}) as Schema,
    document: where,
  };
}

/** Every operation of `spec/<name>.yaml`, served under `mount`. */
export function specOperations(name: string, mount: string): SpecOperationShape[] {
  const paths = (document(name).paths ?? {}) as Record<string, Record<string, Schema>>;
  const operations: SpecOperationShape[] = [];
  for (const [template, item] of Object.entries(paths)) {
    const shared = ((item.parameters ?? []) as unknown as Schema[]).map((raw) => parameter(raw, name));
    for (const method of METHODS) {
      const operation = item[method];
      if (operation === undefined) {
        continue;
      }
      const own = ((operation.parameters ?? []) as Schema[]).map((raw) => parameter(raw, name));
      const parameters = [...shared, ...own];
      const content = (operation.requestBody as { content?: Record<string, { schema?: Schema }> } | undefined)
        ?.content?.["application/json"]?.schema;
      operations.push({
        document: name,
        method: method.toUpperCase(),
        path: `${mount}${template}`,
        label: `${method.toUpperCase()} ${mount}${template}`,
        pathParameter: parameters.find((candidate) => candidate.location === "path"),
        query: parameters.filter((candidate) => candidate.location === "query"),
        headers: parameters.filter((candidate) => candidate.location === "header"),
        body: content === undefined ? undefined : { schema: content, document: name },
      });
    }
  }
  return operations;
}
