/**
 * Validates bodies against `spec/ecf-v3.yaml`, so that every response a test fabricates (and every request body
 * the SDK builds) is one the spec allows: the tests cannot drift from the spec. `npqSpec` and `sandboxSpec` do the
 * same for the NPQ API (`spec/npq-v3.yaml`) and the control API (`spec/sandbox-v1.yaml`).
 */
import { ecfDocument, npqDocument, sandboxDocument } from "../../scripts/generate-types.ts";
import { OpenApiDocument } from "./openapi-document.ts";

/** `spec/ecf-v3.yaml`. */
export const ecfSpec = new OpenApiDocument(ecfDocument.spec);

/** `spec/npq-v3.yaml`. */
export const npqSpec = new OpenApiDocument(npqDocument.spec);

/** `spec/sandbox-v1.yaml`. */
export const sandboxSpec = new OpenApiDocument(sandboxDocument.spec);

/** The URLs of the ECF spec's `servers`. */
export const specServers: readonly string[] = ecfSpec.servers;

/**
 * Throws unless `body` is what the ECF spec documents for `method path` answering `status` with `mediaType`.
 * An undocumented status or media type is an error too: a test may not invent responses the spec does not know.
 */
export function assertResponseMatchesSpec(
  method: string,
  path: string,
  status: number,
  mediaType: string,
  body: unknown,
): void {
  ecfSpec.assertResponse(method, path, status, mediaType, body);
}

/** Throws unless `body` is a valid JSON request body of `method path` in the ECF spec. */
export function assertRequestBodyMatchesSpec(method: string, path: string, body: unknown): void {
  ecfSpec.assertRequestBody(method, path, body);
}
