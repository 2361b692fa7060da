/**
 * Requests generated from one spec operation, valid and invalid: real and odd ids in the path, every query parameter
 * with valid values and mutated ones (wrong types, bracket forms such as `filter[cohort][]`, repeats), the sandbox
 * date header, and bodies from the request schema or broken (wrong types, missing parts, malformed JSON, wrong
 * content types).
 */
import fc from "fast-check";
import { type IdPools, idValue, mutantValue, oddString, poolFor, validValue } from "./schema-values.ts";
import { resolve, type SpecOperationShape, type SpecParameter } from "./spec-operations.ts";

export interface GeneratedRequest {
  readonly method: string;
  /** Path and query, ready for `SpecClient.request`. */
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly rawBody: string | undefined;
}

/** Path segments in place of an id: not uuids, encoded oddly, or a uuid dressed up. */
const ODD_IDS = [
  "",
  "not-a-uuid",
  "1",
  "-1",
  "null",
  "%7Bid%7D",
  "%2e%2e",
  "..",
  "%2F",
  "%00",
  "%zz",
  "%",
  "%F0%9F%98%80",
  "%20",
  "00000000-0000-0000-0000-000000000000",
  "a".repeat(5_000),
];

function odd(id: string): fc.Arbitrary<string> {
  return fc.constantFrom(
    id.toUpperCase(),
    `${id}.json`,
    `${id}%20`,
    `%20${id}`,
    `${id}x`,
    id.slice(0, -1),
    encodeURIComponent(`${id}\u0000`),
  );
}

function pathSegment(operation: SpecOperationShape, pools: IdPools): fc.Arbitrary<string> {
  const parameter = operation.pathParameter;
  const pool = poolFor(parameter?.reference) ?? controlPool(operation.path);
  const valid = idValue(pools, pool);
  return fc.oneof(
    { arbitrary: valid, weight: 5 },
    { arbitrary: fc.constantFrom(...ODD_IDS), weight: 2 },
    { arbitrary: valid.chain(odd), weight: 2 },
  );
}

/** The control API's `{id}` parameter is the same for each resource; the path says which it names. */
function controlPool(path: string): string | undefined {
  if (path.includes("/participants/")) {
    return "participant";
  }
  return path.includes("/statements/") ? "controlStatement" : undefined;
}

const asText = (value: unknown): string =>
  typeof value === "string"
    ? value
    : value === null || typeof value !== "object"
      ? String(value)
      : JSON.stringify(value);

/** `key=value` pairs for one query parameter; deepObject parameters become `name[property]=...`. */
function queryPairs(parameter: SpecParameter, pools: IdPools, valid: boolean): fc.Arbitrary<[string, string][]> {
  const { schema, document } = resolve(parameter.schema, parameter.document);
  const name = parameter.name;
  if (parameter.style !== "deepObject") {
    const value = valid ? validValue(schema, document, pools, name) : mutantValue;
    return fc.oneof(
      value.map((entry) => [[name, asText(entry)]] as [string, string][]),
      ...(valid ? [] : [oddString.map((entry) => [[`${name}[]`, entry]] as [string, string][])]),
    );
  }
  const properties = Object.entries((schema.properties ?? {}) as Record<string, Record<string, unknown>>);
  const required = new Set((schema.required ?? []) as string[]);
  const validPairs = fc
    .tuple(
      ...properties.map(([key, propertySchema]) => {
        const pair = validValue(propertySchema, document, pools, key).map((value): [string, string] => [
          `${name}[${key}]`,
          asText(value),
        ]);
        return required.has(key) ? pair : fc.option(pair, { nil: undefined });
      }),
    )
    .map((pairs) => pairs.filter((pair): pair is [string, string] => pair !== undefined));
  if (valid) {
    return validPairs;
  }
  const keys = [...properties.map(([key]) => key), "unknown", ""];
  return fc.oneof(
    fc.tuple(fc.constantFrom(...keys), mutantValue).map(([key, value]) => [[`${name}[${key}]`, asText(value)]]),
    fc
      .tuple(fc.constantFrom(...keys), validPairs, oddString)
      .map(([key, pairs, value]) => [...pairs, [`${name}[${key}][]`, pairs[0]?.[1] ?? value]]),
    fc.tuple(fc.constantFrom(...keys), oddString).map(([key, value]) => [[`${name}[${key}][x]`, value]]),
    oddString.map((value) => [[name, value]]),
    oddString.map((value) => [[`${name}[]`, value]]),
    validPairs.map((pairs) => [...pairs, ...pairs]),
    fc.constant([[`${name}[${"[".repeat(200)}`, "1"]]),
  ) as fc.Arbitrary<[string, string][]>;
}

function encodeQuery(pairs: readonly [string, string][], rawBrackets: boolean): string {
  if (pairs.length === 0) {
    return "";
  }
  const encode = (text: string) => {
    const encoded = encodeURIComponent(text);
    return rawBrackets ? encoded.replaceAll("%5B", "[").replaceAll("%5D", "]") : encoded;
  };
  return `?${pairs.map(([key, value]) => `${encode(key)}=${encode(value)}`).join("&")}`;
}

/** Bodies that are not a JSON object of the documented shape at all. */
const MALFORMED_BODIES = [
  "",
  "{nope",
  '{"data":',
  "null",
  "[]",
  '"data"',
  "42",
  '{"data":null}',
  '{"data":[]}',
  '{"data":{"attributes":null}}',
  '{"data":{"attributes":[]}}',
  '{"data":{"attributes":"x"}}',
  '{"data":{"attributes":{}}}',
  '{"__proto__":{"admin":true},"data":{"attributes":{"__proto__":{"x":1}}}}',
  `${'{"data":'.repeat(64)}1${"}".repeat(64)}`,
  "\u0000",
];

const WRONG_CONTENT_TYPES = [
  "text/plain",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=x",
  "application/vnd.api+json",
  "application/json; charset=latin1",
  "application/xml",
];

/** The body and its content type: valid, with one attribute mutated or dropped, malformed, or mislabelled. */
function bodyOf(operation: SpecOperationShape, pools: IdPools, valid: boolean) {
  const schema = operation.body;
  if (schema === undefined) {
    return fc.constant({ rawBody: undefined, contentType: undefined as string | undefined });
  }
  const validBody = validValue(schema.schema, schema.document, pools);
  const json = (value: unknown) => ({ rawBody: JSON.stringify(value), contentType: "application/json" as string });
  if (valid) {
    return validBody.map(json);
  }
  return fc.oneof(
    fc.tuple(validBody, fc.string({ maxLength: 30 }), mutantValue, fc.boolean()).map(([value, key, mutant, drop]) => {
      const copy = structuredClone(value) as { data?: { attributes?: Record<string, unknown> } };
      const target = (copy.data?.attributes ?? copy) as Record<string, unknown>;
      const keys = Object.keys(target);
      const chosen = keys.length > 0 ? (keys[key.length % keys.length] as string) : key;
      if (drop) {
        delete target[chosen];
      } else {
        target[chosen] = mutant;
      }
      return json(copy);
    }),
    fc.constantFrom(...MALFORMED_BODIES).map((rawBody) => ({ rawBody, contentType: "application/json" as string })),
    fc
      .tuple(validBody, fc.constantFrom(...WRONG_CONTENT_TYPES, undefined))
      .map(([value, contentType]) => ({ rawBody: JSON.stringify(value), contentType })),
    mutantValue.map(json),
  );
}

export interface RequestContext {
  readonly pools: IdPools;
  /** The token used for most requests; others appear now and then (another provider's, junk, none). */
  readonly token: string | undefined;
  readonly otherTokens: readonly string[];
}

function tokenOf(context: RequestContext): fc.Arbitrary<string | undefined> {
  if (context.token === undefined) {
    return fc.constant(undefined);
  }
  return fc.oneof(
    { arbitrary: fc.constant(context.token), weight: 16 },
    { arbitrary: fc.constantFrom(...context.otherTokens, undefined, "", "junk", "a".repeat(2_000)), weight: 2 },
  );
}

/** One request to the operation; `valid` chooses between requests the spec allows and mutated ones. */
export function requestFor(operation: SpecOperationShape, context: RequestContext, valid: boolean) {
  const queries = fc
    .tuple(...operation.query.map((parameter) => fc.option(queryPairs(parameter, context.pools, valid), { nil: [] })))
    .map((parts) => parts.flat());
  const serverDate = operation.headers.find((header) => header.name === "X-With-Server-Date");
  const serverDateValue = serverDate
    ? fc.option(valid ? fc.constantFrom("2025-10-01T09:30:00Z", "2026-01-15T09:00:00Z") : oddString, { freq: 6 })
    : fc.constant(null);
  return fc
    .record({
      segment: pathSegment(operation, context.pools),
      query: queries,
      rawBrackets: fc.boolean(),
      body: bodyOf(operation, context.pools, valid),
      token: tokenOf(context),
      serverDate: serverDateValue,
    })
    .map(({ segment, query, rawBrackets, body, token, serverDate: date }): GeneratedRequest => {
      const headers: Record<string, string> = {};
      if (token !== undefined) {
        headers.authorization = `Bearer ${token}`;
      }
      if (body.contentType !== undefined) {
        headers["content-type"] = body.contentType;
      }
      if (date !== null && /^[\t\x20-\x7e]*$/.test(date)) {
        headers["x-with-server-date"] = date;
      }
      return {
        method: operation.method,
        path: operation.path.replace(/\{[^}]+\}/, segment) + encodeQuery(query, rawBrackets),
        headers,
        rawBody: body.rawBody,
      };
    });
}
