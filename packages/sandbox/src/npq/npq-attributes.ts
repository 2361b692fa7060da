import { readJsonBody, structureRequired } from "../http/body/read-json-body.ts";

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** An attribute as Rails' strong parameters keep it: a scalar as sent (the engine reads its type), else absent. */
function permittedScalar(value: unknown): unknown {
  return value === null || ["string", "number", "boolean"].includes(typeof value) ? value : undefined;
}

export interface NpqBodyOptions {
  /** Accept's body may be left out, or lack `data` (NPQ rules §3.1); `data` without attributes is still a 400. */
  readonly dataOptional?: boolean;
}

/**
 * `{"data":{"attributes":{...}}}` as the NPQ service reads it (NPQ rules §1.4, §3.1, §4): `data` and a non-empty
 * `attributes` hash are required (the 400 otherwise), unknown attributes are dropped, values are handed to the engine
 * as sent (a funded place may be `true` or `"true"`: the engine's rules decide).
 */
export async function readNpqAttributes<const K extends string>(
  request: Request,
  permitted: readonly K[],
  options: NpqBodyOptions = {},
): Promise<Record<K, unknown>> {
  const result = {} as Record<K, unknown>;
  if (options.dataOptional === true && (await isEmptyBody(request))) {
    return result;
  }
  const body = await readJsonBody(request);
  if (options.dataOptional === true && isPlainObject(body) && !Object.hasOwn(body, "data")) {
    return result;
  }
  if (!isPlainObject(body) || !isPlainObject(body.data) || !isPlainObject(body.data.attributes)) {
    throw structureRequired();
  }
  const attributes = body.data.attributes;
  if (Object.keys(attributes).length === 0) {
    throw structureRequired();
  }
  for (const key of permitted) {
    result[key] = Object.hasOwn(attributes, key) ? permittedScalar(attributes[key]) : undefined;
  }
  return result;
}

/** No body at all: a clone is read, so the request keeps its body for `readJsonBody` otherwise. */
async function isEmptyBody(request: Request): Promise<boolean> {
  if (request.body === null) {
    return true;
  }
  return (await request.clone().text()).trim() === "";
}
