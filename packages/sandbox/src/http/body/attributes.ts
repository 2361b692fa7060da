import { readJsonBody, structureRequired } from "./read-json-body.ts";

/** An attribute as the service's strong parameters keep it: scalars only, read as text; `null` kept as absent. */
export type AttributeValue = string | undefined;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * `{"data":{"attributes":{...}}}` whitelisted to the endpoint's attributes (ECF rules §1.6, §3.1): missing `data`,
 * missing or empty `attributes`, or nothing left after whitelisting is a 400. `data.type` is not checked and extra
 * attributes are dropped, as on the real service. Numbers and booleans are read as their text (Rails would do
 * the same when comparing them with strings); objects and arrays are not permitted scalars and are dropped.
 */
export function whitelistAttributes<const K extends string>(
  body: unknown,
  permitted: readonly K[],
): Record<K, AttributeValue> {
  if (!isPlainObject(body) || !isPlainObject(body.data) || !isPlainObject(body.data.attributes)) {
    throw structureRequired();
  }
  const attributes = body.data.attributes;
  const result = {} as Record<K, AttributeValue>;
  let kept = 0;
  for (const key of permitted) {
    if (!Object.hasOwn(attributes, key)) {
      result[key] = undefined;
      continue;
    }
    const value = attributes[key];
    if (value === null) {
      kept += 1;
      result[key] = undefined;
    } else if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
      kept += 1;
      result[key] = String(value);
    } else {
      result[key] = undefined;
    }
  }
  if (kept === 0) {
    throw structureRequired();
  }
  return result;
}

/** Reads the body and whitelists it in one step, for routes whose endpoint takes `data.attributes`. */
export async function readAttributes<const K extends string>(
  request: Request,
  permitted: readonly K[],
): Promise<Record<K, AttributeValue>> {
  return whitelistAttributes(await readJsonBody(request), permitted);
}
