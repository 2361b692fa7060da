/**
 * Validates sandbox responses against the OpenAPI documents in `spec/`: the operation is found from the request's
 * method and path, the status must be one the operation documents, and the JSON body must match that status's
 * schema (ajv, JSON Schema 2020-12 with formats). Responses that no operation describes (the 404/405 fallbacks)
 * must match the ECF spec's `RouteNotFoundResponse` under `/ecf`, the NPQ spec's `NotFoundResponse` under `/npq`,
 * and the control API's generic error schema elsewhere.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { ValidateFunction } from "ajv/dist/2020.js";
import { Ajv2020 } from "ajv/dist/2020.js";
import formatsPlugin from "ajv-formats";
import { parse } from "yaml";

type JsonObject = Record<string, unknown>;

const SPEC_FOLDER = fileURLToPath(new URL("../../../../spec/", import.meta.url));

export interface SpecOperation {
  readonly document: string;
  readonly method: string;
  readonly template: string;
  readonly operationId: string | undefined;
  readonly statuses: readonly string[];
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** OpenAPI 3.0's `nullable: true` expressed in JSON Schema 2020-12 terms, so one validator reads both versions. */
function upgradeNullable(schema: unknown): unknown {
  if (Array.isArray(schema)) {
    return schema.map(upgradeNullable);
  }
  if (!isObject(schema)) {
    return schema;
  }
  const result: JsonObject = {};
  for (const [key, value] of Object.entries(schema)) {
    result[key] = upgradeNullable(value);
  }
  if (result.nullable === true) {
    delete result.nullable;
    if (typeof result.type === "string") {
      result.type = [result.type, "null"];
    } else if (Array.isArray(result.enum) && !result.enum.includes(null)) {
      result.enum = [...result.enum, null];
    } else if (result.type === undefined) {
      return { anyOf: [result, { type: "null" }] };
    }
  }
  return result;
}

const SIBLING_REFERENCE = /^(?:\.\/)?([a-z0-9-]+)\.yaml(#.*)$/;

/**
 * The document with each `$ref` into a sibling document (`./ecf-v3.yaml#/components/schemas/Participant`) pointed at
 * that document's id here (`lpkit-spec://ecf-v3#/...`), and the names of those siblings.
 */
function linkSiblings(node: unknown, siblings: Set<string>): unknown {
  if (Array.isArray(node)) {
    return node.map((item) => linkSiblings(item, siblings));
  }
  if (!isObject(node)) {
    return node;
  }
  const result: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    const sibling = key === "$ref" && typeof value === "string" ? SIBLING_REFERENCE.exec(value) : null;
    if (sibling !== null) {
      siblings.add(sibling[1] ?? "");
      result[key] = `lpkit-spec://${sibling[1]}${sibling[2]}`;
    } else {
      result[key] = linkSiblings(value, siblings);
    }
  }
  return result;
}

const escapePointer = (segment: string): string =>
  encodeURIComponent(segment.replaceAll("~", "~0").replaceAll("/", "~1"));

function resolvePointer(root: unknown, path: readonly string[]): unknown {
  let current = root;
  for (const segment of path) {
    current = isObject(current) ? current[segment] : undefined;
  }
  return current;
}

/** The segments of a local `$ref` (`#/components/responses/TooManyRequests`). */
function referencePath(reference: string): string[] {
  return reference
    .slice(2)
    .split("/")
    .map((segment) => segment.replaceAll("~1", "/").replaceAll("~0", "~"));
}

export class SpecValidator {
  readonly #ajv: Ajv2020;
  readonly #documents = new Map<string, JsonObject>();
  readonly #compiled = new Map<string, ValidateFunction>();
  /** Documents given to ajv: those loaded, and the siblings they reference. */
  readonly #registered = new Set<string>();

  constructor() {
    this.#ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
    (formatsPlugin as unknown as (ajv: Ajv2020) => void)(this.#ajv);
    for (const format of ["int32", "int64", "float", "double", "byte", "binary", "password"]) {
      this.#ajv.addFormat(format, true);
    }
  }

  /** Loads `spec/<name>.yaml`; `mount` is the path prefix under which the sandbox serves it (e.g. `/ecf`). */
  load(name: string, mount: string): this {
    this.#documents.set(mount, this.#register(name));
    return this;
  }

  /** Gives ajv the document `spec/<name>.yaml` (once), and every document it references. */
  #register(name: string): JsonObject {
    const raw = parse(readFileSync(`${SPEC_FOLDER}${name}.yaml`, "utf8")) as JsonObject;
    const upgraded = String(raw.openapi).startsWith("3.0") ? (upgradeNullable(raw) as JsonObject) : raw;
    const siblings = new Set<string>();
    const document = { ...(linkSiblings(upgraded, siblings) as JsonObject), $id: `lpkit-spec://${name}` };
    if (!this.#registered.has(name)) {
      this.#registered.add(name);
      this.#ajv.addSchema(document);
      for (const sibling of siblings) {
        this.#register(sibling);
      }
    }
    return document;
  }

  /** The documented operation a request path and method address, or undefined. */
  findOperation(method: string, pathname: string): SpecOperation | undefined {
    const candidates: { operation: SpecOperation; params: number }[] = [];
    for (const [mount, document] of this.#documents) {
      if (mount !== "" && !pathname.startsWith(`${mount}/`)) {
        continue;
      }
      // The real service's routes also answer with a `.json` suffix, and its router squeezes repeated slashes and
      // drops a trailing one (ECF rules §1.1).
      const trimmed = pathname
        .slice(mount.length)
        .replace(/\/{2,}/g, "/")
        .replace(/\/+$/, "");
      const relative = (mount === "" ? trimmed : trimmed.replace(/\.json$/, "")) || "/";
      const paths = (document.paths ?? {}) as Record<string, JsonObject>;
      for (const [template, item] of Object.entries(paths)) {
        const pattern = new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{[^}]+\}/g, "[^/]+")}$`);
        if (!pattern.test(relative)) {
          continue;
        }
        const operation = item[method.toLowerCase()];
        if (!isObject(operation)) {
          continue;
        }
        candidates.push({
          operation: {
            document: String(document.$id),
            method: method.toLowerCase(),
            template,
            operationId: typeof operation.operationId === "string" ? operation.operationId : undefined,
            statuses: Object.keys((operation.responses ?? {}) as JsonObject),
          },
          params: (template.match(/\{/g) ?? []).length,
        });
      }
    }
    candidates.sort((a, b) => a.params - b.params);
    return candidates[0]?.operation;
  }

  /** Every operation of every loaded document, for coverage checks. */
  operations(): SpecOperation[] {
    const result: SpecOperation[] = [];
    for (const document of this.#documents.values()) {
      for (const [template, item] of Object.entries((document.paths ?? {}) as Record<string, JsonObject>)) {
        for (const method of ["get", "put", "post", "delete", "patch"]) {
          const operation = item[method];
          if (isObject(operation)) {
            result.push({
              document: String(document.$id),
              method,
              template,
              operationId: typeof operation.operationId === "string" ? operation.operationId : undefined,
              statuses: Object.keys((operation.responses ?? {}) as JsonObject),
            });
          }
        }
      }
    }
    return result;
  }

  /**
   * Throws a readable error unless the body matches the operation's schema for that status. Without an
   * operation, the body must be the generic error envelope (`#/components/schemas/ErrorResponse` of the
   * control API's document).
   */
  validate(
    operation: SpecOperation | undefined,
    status: number,
    body: unknown,
    pathname = "",
    unknownWorld = false,
  ): void {
    const pointer = operation
      ? this.#responseSchemaPointer(operation, status)
      : this.#fallbackPointer(pathname, status, unknownWorld);
    let validate = this.#compiled.get(pointer);
    if (validate === undefined) {
      validate = this.#ajv.compile({ $ref: pointer });
      this.#compiled.set(pointer, validate);
    }
    if (!validate(body)) {
      const where = operation
        ? `${operation.method.toUpperCase()} ${operation.template} → ${status}`
        : `fallback ${status}`;
      throw new Error(
        `Response does not match the spec (${where}):\n${this.#ajv.errorsText(validate.errors, { separator: "\n" })}\nbody: ${JSON.stringify(body).slice(0, 2000)}`,
      );
    }
  }

  /**
   * The schema of an answer no operation describes: a 404 under a real service's mount is that service's answer to
   * a route it does not have (its `RouteNotFoundResponse`); anything else (the sandbox's own statuses, paths
   * outside the services) is the sandbox's error envelope, as is the 404 for a world the sandbox does not hold.
   */
  #fallbackPointer(pathname: string, status: number, unknownWorld: boolean): string {
    for (const [mount, document] of this.#documents) {
      const schemas = ((document.components ?? {}) as JsonObject).schemas as JsonObject | undefined;
      const underMount = pathname === mount || pathname.startsWith(`${mount}/`);
      // The ECF document names the route-not-found body apart; the NPQ service answers every 404 alike.
      const schema = ["RouteNotFoundResponse", "NotFoundResponse"].find((name) => schemas?.[name] !== undefined);
      if (status === 404 && mount !== "" && underMount && schema !== undefined && !unknownWorld) {
        return `${String(document.$id)}#/components/schemas/${schema}`;
      }
    }
    return "lpkit-spec://sandbox-v1#/components/schemas/ErrorResponse";
  }

  /**
   * Whether a value matches a schema of a loaded document, e.g.
   * `matches("lpkit-spec://sandbox-v1#/components/schemas/SchoolFixture", { urn: "123456" })`: for tests that check
   * the sandbox accepts exactly what a request schema allows.
   */
  matches(pointer: string, value: unknown): boolean {
    let validate = this.#compiled.get(pointer);
    if (validate === undefined) {
      validate = this.#ajv.compile({ $ref: pointer });
      this.#compiled.set(pointer, validate);
    }
    return validate(value);
  }

  /** Whether the operation documents a response with this status and media type (e.g. `text/csv`). */
  documentsMediaType(operation: SpecOperation, status: number, mediaType: string): boolean {
    if (!operation.statuses.includes(String(status))) {
      return false;
    }
    const document = [...this.#documents.values()].find((candidate) => candidate.$id === operation.document);
    let response = resolvePointer(document, [
      "paths",
      operation.template,
      operation.method,
      "responses",
      String(status),
    ]);
    if (isObject(response) && typeof response.$ref === "string" && response.$ref.startsWith("#/")) {
      response = resolvePointer(document, referencePath(response.$ref));
    }
    const content = isObject(response) ? response.content : undefined;
    return isObject(content) && Object.hasOwn(content, mediaType);
  }

  /** Where the response's schema lives, following a `$ref` to `#/components/responses/...` if there is one. */
  #responseSchemaPointer(operation: SpecOperation, status: number): string {
    const document = [...this.#documents.values()].find((candidate) => candidate.$id === operation.document);
    const statusKey = this.#statusKey(operation, status);
    let path = ["paths", operation.template, operation.method, "responses", statusKey];
    const response = resolvePointer(document, path);
    if (isObject(response) && typeof response.$ref === "string" && response.$ref.startsWith("#/")) {
      path = referencePath(response.$ref);
    }
    return `${operation.document}#/${[...path, "content", "application/json", "schema"].map(escapePointer).join("/")}`;
  }

  #statusKey(operation: SpecOperation, status: number): string {
    const exact = String(status);
    if (operation.statuses.includes(exact)) {
      return exact;
    }
    const range = `${exact[0]}XX`;
    if (operation.statuses.includes(range)) {
      return range;
    }
    if (operation.statuses.includes("default")) {
      return "default";
    }
    throw new Error(
      `${operation.method.toUpperCase()} ${operation.template} answered ${status}, which the spec does not document (documents ${operation.statuses.join(", ")})`,
    );
  }
}
