/**
 * One of the project's OpenAPI documents, loaded for validation: bodies are checked with ajv (JSON Schema 2020-12,
 * formats on) against the schema the document gives for an operation and status. Tests use it so that nothing they
 * fabricate, and nothing the real sandbox answers, can drift from `spec/`.
 */
import { readFileSync } from "node:fs";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { parse } from "yaml";

// ajv-formats is CommonJS; under NodeNext its default export is the module object.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

interface MediaTypeObject {
  readonly schema?: unknown;
}
export interface ResponseObject {
  readonly $ref?: string;
  readonly content?: Record<string, MediaTypeObject>;
}
interface OperationObject {
  readonly requestBody?: { readonly content?: Record<string, MediaTypeObject> };
  readonly responses?: Record<string, ResponseObject>;
}
interface Document {
  readonly servers?: readonly { readonly url: string }[];
  readonly paths: Record<string, Record<string, OperationObject>>;
  readonly components?: {
    readonly responses?: Record<string, ResponseObject>;
    readonly examples?: Record<string, { readonly value?: unknown }>;
  };
}

/** A request path matched to one of the document's path templates. */
export interface PathMatch {
  /** The template, e.g. `/api/v3/participants/{id}`. */
  readonly path: string;
  readonly params: Readonly<Record<string, string>>;
}

export class OpenApiDocument {
  /** The URLs of the document's `servers`. */
  readonly servers: readonly string[];
  /** The document's path templates. */
  readonly paths: readonly string[];
  readonly #id: string;
  readonly #document: Document;
  readonly #ajv: Ajv2020;
  readonly #validators = new Map<string, ValidateFunction>();

  constructor(url: URL) {
    this.#id = url.href;
    this.#document = parse(readFileSync(url, "utf8")) as Document;
    this.#ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(this.#ajv);
    this.#ajv.addSchema({ ...this.#document, $id: this.#id });
    // A `$ref` into another document (the control API's into `ecf-v3.yaml`) resolves against this one's URL.
    for (const sibling of siblingDocuments(url, this.#document)) {
      this.#ajv.addSchema({ ...(parse(readFileSync(sibling, "utf8")) as object), $id: sibling.href });
    }
    this.servers = (this.#document.servers ?? []).map((server) => server.url);
    this.paths = Object.keys(this.#document.paths);
  }

  /** The template a request path matches; literal segments win over parameters. */
  matchPath(pathname: string): PathMatch | undefined {
    const candidates = [...this.paths].sort((a, b) => a.split("{").length - b.split("{").length);
    for (const path of candidates) {
      const names: string[] = [];
      const pattern = path.replace(/\{([^}]+)\}/g, (_, name: string) => {
        names.push(name);
        return "([^/]+)";
      });
      const found = new RegExp(`^${pattern}$`).exec(pathname);
      if (found) {
        const params = Object.fromEntries(
          names.map((name, index) => [name, decodeURIComponent(found[index + 1] ?? "")]),
        );
        return { path, params };
      }
    }
    return undefined;
  }

  /** The value of one of the document's named examples (`components.examples`); throws for an unknown name. */
  example(name: string): unknown {
    const example = this.#document.components?.examples?.[name];
    if (example?.value === undefined) {
      throw new Error(`The spec has no example named ${name}`);
    }
    // A copy: a test that changes it must not change what the next test reads.
    return structuredClone(example.value);
  }

  /** Whether the document has an operation for `method path` (a template). */
  hasOperation(method: string, path: string): boolean {
    return this.#document.paths[path]?.[method.toLowerCase()] !== undefined;
  }

  /** The response object documented for an operation and status (following a `$ref`), if any. */
  documentedResponse(method: string, path: string, status: number): ResponseObject | undefined {
    const operation = this.#operation(method, path);
    const response = operation.responses?.[String(status)] ?? operation.responses?.[`${String(status)[0]}XX`];
    if (response?.$ref) {
      return this.#document.components?.responses?.[response.$ref.replace("#/components/responses/", "")];
    }
    return response;
  }

  /**
   * Throws unless `body` is what the document gives for `method path` answering `status` with `mediaType`. An
   * undocumented status or media type is an error too.
   */
  assertResponse(method: string, path: string, status: number, mediaType: string, body: unknown): void {
    const response = this.documentedResponse(method, path, status);
    if (response === undefined) {
      throw new Error(`The spec documents no ${status} response for ${method.toUpperCase()} ${path}`);
    }
    if (response.content?.[mediaType] === undefined) {
      throw new Error(`The spec documents no ${mediaType} body for ${status} of ${method.toUpperCase()} ${path}`);
    }
    const operation = this.#operation(method, path);
    const key = operation.responses?.[String(status)] ? String(status) : `${String(status)[0]}XX`;
    const base =
      operation.responses?.[key]?.$ref ?? `#/paths/${escapePointer(path)}/${method.toLowerCase()}/responses/${key}`;
    this.assertSchema(
      `${base}/content/${escapePointer(mediaType)}/schema`,
      body,
      `${status} response of ${method} ${path}`,
    );
  }

  /** Throws unless `body` is a valid JSON request body of `method path`. */
  assertRequestBody(method: string, path: string, body: unknown): void {
    const operation = this.#operation(method, path);
    if (operation.requestBody?.content?.["application/json"] === undefined) {
      throw new Error(`The spec documents no JSON request body for ${method.toUpperCase()} ${path}`);
    }
    const pointer = `#/paths/${escapePointer(path)}/${method.toLowerCase()}/requestBody/content/application~1json/schema`;
    this.assertSchema(pointer, body, `request body of ${method.toUpperCase()} ${path}`);
  }

  /** Throws unless `body` matches the schema at `pointer` (a JSON pointer into the document, e.g. `#/components/…`). */
  assertSchema(pointer: string, body: unknown, what: string): void {
    let validator = this.#validators.get(pointer);
    if (validator === undefined) {
      validator = this.#ajv.compile({ $ref: `${this.#id}${pointer}` });
      this.#validators.set(pointer, validator);
    }
    if (!validator(body)) {
      throw new Error(`Not a valid ${what}:\n${this.#ajv.errorsText(validator.errors, { separator: "\n" })}`);
    }
  }

  #operation(method: string, path: string): OperationObject {
    const operation = this.#document.paths[path]?.[method.toLowerCase()];
    if (operation === undefined) {
      throw new Error(`The spec has no operation ${method.toUpperCase()} ${path}`);
    }
    return operation;
  }
}

function escapePointer(segment: string): string {
  return segment.replaceAll("~", "~0").replaceAll("/", "~1");
}

/** The other documents `document` references (for one document of `spec/`: its siblings), by URL. */
function siblingDocuments(url: URL, document: unknown): URL[] {
  const found = new Map<string, URL>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit);
    } else if (typeof node === "object" && node !== null) {
      for (const [key, value] of Object.entries(node)) {
        if (key === "$ref" && typeof value === "string" && !value.startsWith("#")) {
          const sibling = new URL(value.split("#")[0] ?? "", url);
          found.set(sibling.href, sibling);
        } else {
          visit(value);
        }
      }
    }
  };
  visit(document);
  return [...found.values()];
}
