import { BAD_REQUEST_TITLE, JSON_STRUCTURE_REQUIRED } from "../messages.ts";
import { RequestError } from "../request-error.ts";
import { MAX_JSON_DEPTH, nestsDeeperThan } from "./json-depth.ts";

/** The JSON media types whose bodies the real (Rails) service parses; any other body is not read at all. */
function isJsonMediaType(contentType: string | null): boolean {
  if (contentType === null) {
    return false;
  }
  const mediaType = contentType.split(";")[0]?.trim().toLowerCase() ?? "";
  return (
    mediaType === "application/json" ||
    mediaType === "text/x-json" ||
    mediaType === "application/jsonrequest" ||
    mediaType.endsWith("+json")
  );
}

/**
 * Where a request keeps the body text `readJsonBody` read, so the request log can show it without reading it again:
 * a property rather than a `WeakMap`, for the same reason as the responses' (`http/responses.ts`).
 */
const REQUEST_TEXT = Symbol("lpkit.requestText");

type ReadRequest = Request & { [REQUEST_TEXT]?: string };

/** The body text `readJsonBody` read from `request`, or undefined when it read none. */
export function requestTextOf(request: Request): string | undefined {
  return (request as ReadRequest)[REQUEST_TEXT];
}

export const structureRequired = (): RequestError =>
  new RequestError(400, [{ title: BAD_REQUEST_TITLE, detail: JSON_STRUCTURE_REQUIRED }], {}, "jsonStructure");

/**
 * The request body as JSON. A body that is not declared as JSON, is empty or does not parse is a 400 with the
 * "json data structure" message: without a readable body the real service sees no `data` and says exactly that
 * (ECF rules §Q2, docs/decisions/sandbox-malformed-bodies.md). So is a body nested deeper than the real parser
 * reads (ECF rules §Q2): it is refused before it is parsed.
 */
export async function readJsonBody(request: Request): Promise<unknown> {
  if (!isJsonMediaType(request.headers.get("content-type"))) {
    throw structureRequired();
  }
  const text = await request.text();
  (request as ReadRequest)[REQUEST_TEXT] = text;
  if (text.trim() === "" || nestsDeeperThan(text, MAX_JSON_DEPTH)) {
    throw structureRequired();
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw structureRequired();
  }
}
