/**
 * Validates bodies against `spec/ecf-v3.yaml`, so that every response a test fabricates (and every request body
 * the SDK builds) is one the spec allows: the tests cannot drift from the spec.
 */
import { readFileSync } from "node:fs";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { parse } from "yaml";
import { specUrl } from "../../scripts/generate-types.ts";

// ajv-formats is CommonJS; under NodeNext its default export is the module object.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

interface MediaTypeObject {
  readonly schema?: unknown;
}
interface ResponseObject {
  readonly $ref?: string;
  readonly content?: Record<string, MediaTypeObject>;
}
interface OperationObject {
  readonly requestBody?: { readonly content?: Record<string, MediaTypeObject> };
  readonly responses?: Record<string, ResponseObject>;
}
interface OpenApiDocument {
  readonly servers?: readonly { readonly url: string }[];
  readonly paths: Record<string, Record<string, OperationObject>>;
}

const DOCUMENT_ID = "https://lpkit.test/spec/ecf-v3.yaml";
const document = parse(readFileSync(specUrl, "utf8")) as OpenApiDocument;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ ...document, $id: DOCUMENT_ID });
const validators = new Map<string, ValidateFunction>();

/** The URLs of the spec's `servers`. */
export const specServers: readonly string[] = (document.servers ?? []).map((server) => server.url);

/** The spec's path templates, e.g. `/api/v3/participants/{id}`. */
export const specPaths: readonly string[] = Object.keys(document.paths);

/** The response object the spec documents for an operation and status (following a `$ref`), if any. */
export function documentedResponse(method: string, path: string, status: number): ResponseObject | undefined {
  const operation = operationOf(method, path);
  const response = operation.responses?.[String(status)] ?? operation.responses?.[`${String(status)[0]}XX`];
  if (response?.$ref) {
    const name = response.$ref.replace("#/components/responses/", "");
    return (document as unknown as { components: { responses: Record<string, ResponseObject> } }).components.responses[
      name
    ];
  }
  return response;
}

/**
 * Throws unless `body` is what the spec documents for `method path` answering `status` with `mediaType`.
 * An undocumented status or media type is an error too: a test may not invent responses the spec does not know.
 */
export function assertResponseMatchesSpec(
  method: string,
  path: string,
  status: number,
  mediaType: string,
  body: unknown,
): void {
  const response = documentedResponse(method, path, status);
  if (response === undefined) {
    throw new Error(`The spec documents no ${status} response for ${method.toUpperCase()} ${path}`);
  }
  const content = response.content?.[mediaType];
  if (content === undefined) {
    throw new Error(`The spec documents no ${mediaType} body for ${status} of ${method.toUpperCase()} ${path}`);
  }
  const pointer = responsePointer(method, path, status, mediaType);
  validate(pointer, body, `${status} response of ${method.toUpperCase()} ${path}`);
}

/** Throws unless `body` is a valid JSON request body of `method path`. */
export function assertRequestBodyMatchesSpec(method: string, path: string, body: unknown): void {
  const operation = operationOf(method, path);
  if (operation.requestBody?.content?.["application/json"] === undefined) {
    throw new Error(`The spec documents no JSON request body for ${method.toUpperCase()} ${path}`);
  }
  const pointer = `#/paths/${escapePointer(path)}/${method.toLowerCase()}/requestBody/content/application~1json/schema`;
  validate(pointer, body, `request body of ${method.toUpperCase()} ${path}`);
}

function validate(pointer: string, body: unknown, what: string): void {
  let validator = validators.get(pointer);
  if (validator === undefined) {
    validator = ajv.compile({ $ref: `${DOCUMENT_ID}${pointer}` });
    validators.set(pointer, validator);
  }
  if (!validator(body)) {
    throw new Error(`Not a valid ${what}:\n${ajv.errorsText(validator.errors, { separator: "\n" })}`);
  }
}

function operationOf(method: string, path: string): OperationObject {
  const operation = document.paths[path]?.[method.toLowerCase()];
  if (operation === undefined) {
    throw new Error(`The spec has no operation ${method.toUpperCase()} ${path}`);
  }
  return operation;
}

function responsePointer(method: string, path: string, status: number, mediaType: string): string {
  const operation = operationOf(method, path);
  const key = operation.responses?.[String(status)] ? String(status) : `${String(status)[0]}XX`;
  const response = operation.responses?.[key];
  const base = response?.$ref ?? `#/paths/${escapePointer(path)}/${method.toLowerCase()}/responses/${key}`;
  return `${base}/content/${escapePointer(mediaType)}/schema`;
}

function escapePointer(segment: string): string {
  return segment.replaceAll("~", "~0").replaceAll("/", "~1");
}
