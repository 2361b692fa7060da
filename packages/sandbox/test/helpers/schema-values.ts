/**
 * fast-check arbitraries for values a spec schema allows (from its `const`, `enum`, `examples` and types, with ids
 * drawn from the seeded world so valid requests reach real records) and for values it does not (the mutations a
 * careless or hostile client sends: wrong types, huge and unicode strings, empty values, arrays for scalars).
 */
import fc from "fast-check";
import { resolve, type Schema } from "./spec-operations.ts";

/** Ids of the seeded world by what they name, so a generated `participant_id` can be a real participant. */
export type IdPools = Readonly<Record<string, readonly string[]>>;

/** Which pool a uuid property or path parameter draws from, by its name. */
const POOL_BY_NAME: Readonly<Record<string, string>> = {
  participant_id: "participant",
  from_participant_id: "participant",
  mentor_id: "participant",
  delivery_partner_id: "deliveryPartner",
  school_id: "school",
  lead_provider_id: "leadProvider",
  ParticipantId: "participant",
  DeclarationId: "declaration",
  StatementId: "statement",
  DeliveryPartnerId: "deliveryPartner",
  PartnershipId: "partnership",
  SchoolId: "school",
  UnfundedMentorId: "unfundedMentor",
};

export function poolFor(name: string | undefined): string | undefined {
  return name === undefined ? undefined : POOL_BY_NAME[name];
}

/** A real id from the pool most of the time, otherwise a well-formed id that names nothing. */
export function idValue(pools: IdPools, pool: string | undefined): fc.Arbitrary<string> {
  const known = pool === undefined ? [] : (pools[pool] ?? []);
  return known.length === 0
    ? fc.uuid()
    : fc.oneof({ arbitrary: fc.constantFrom(...known), weight: 4 }, { arbitrary: fc.uuid(), weight: 1 });
}

const DATE_TIMES = ["2025-10-01T09:30:00Z", "2025-09-01T10:00:00Z", "2024-11-15T08:00:00Z", "2026-01-15T09:00:00Z"];
const DATES = ["2025-10-01", "2025-07-01", "2024-09-01"];

/** A value `schema` allows. `name` is the property or parameter it is for, to pick ids from the right pool. */
export function validValue(
  raw: Schema,
  documentName: string,
  pools: IdPools,
  name?: string,
  depth = 0,
): fc.Arbitrary<unknown> {
  const { schema, document } = resolve(raw, documentName);
  if ("const" in schema) {
    return fc.constant(schema.const);
  }
  if (Array.isArray(schema.enum)) {
    return fc.constantFrom(...(schema.enum as unknown[]));
  }
  const variants = (schema.oneOf ?? schema.anyOf) as Schema[] | undefined;
  if (variants !== undefined) {
    return fc.oneof(...variants.map((variant) => validValue(variant, document, pools, name, depth + 1)));
  }
  const examples = Array.isArray(schema.examples) ? (schema.examples as unknown[]) : [];
  const type = Array.isArray(schema.type) ? (schema.type.find((entry) => entry !== "null") as string) : schema.type;
  // A free-text field's examples say what it expects better than a random string of its type would.
  return examples.length > 0 && type !== "object"
    ? fc.constantFrom(...examples)
    : typedValue(schema, type, document, pools, name, depth);
}

function typedValue(
  schema: Schema,
  type: unknown,
  document: string,
  pools: IdPools,
  name: string | undefined,
  depth: number,
): fc.Arbitrary<unknown> {
  switch (type) {
    case "object": {
      const properties = (schema.properties ?? {}) as Record<string, Schema>;
      const required = new Set((schema.required ?? []) as string[]);
      const model: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [key, value] of Object.entries(properties)) {
        model[key] = validValue(value, document, pools, key, depth + 1);
      }
      return fc.record(model, { requiredKeys: Object.keys(model).filter((key) => required.has(key)) });
    }
    case "array":
      return fc.array(validValue((schema.items ?? {}) as Schema, document, pools, name, depth + 1), {
        minLength: typeof schema.minItems === "number" ? schema.minItems : 0,
        maxLength: 3,
      });
    case "integer":
      return fc.integer({
        min: typeof schema.minimum === "number" ? schema.minimum : -10,
        max: typeof schema.maximum === "number" ? schema.maximum : 5000,
      });
    case "number":
      return fc.double({ min: 0, max: 1000, noNaN: true });
    case "boolean":
      return fc.boolean();
    default:
      return stringValue(schema, pools, name);
  }
}

function stringValue(schema: Schema, pools: IdPools, name: string | undefined): fc.Arbitrary<unknown> {
  if (schema.format === "uuid") {
    return idValue(pools, poolFor(name));
  }
  if (schema.format === "date-time") {
    return fc.constantFrom(...DATE_TIMES);
  }
  if (schema.format === "date") {
    return fc.constantFrom(...DATES);
  }
  if (typeof schema.pattern === "string") {
    return fc.stringMatching(new RegExp(schema.pattern));
  }
  return fc.string({ minLength: 1, maxLength: 12 });
}

/** Strings no schema field expects: empty, huge, unicode, control characters, look-alikes of valid values. */
export const oddString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    "",
    " ",
    "null",
    "undefined",
    "0",
    "-1",
    "1e309",
    "NaN",
    "2025-13-45T99:99:99Z",
    "2025-10-01T09:30:00+01:00",
    "20251001",
    "../../etc/passwd",
    "%00",
    "\u0000",
    "\u202e2025",
    "😀",
    "ǅﬀ𝒜",
    "<script>alert(1)</script>",
    "'; DROP TABLE declarations; --",
    "a".repeat(20_000),
    "2025,".repeat(2_000),
  ),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 20 }),
);

/** A value of the wrong shape for a scalar field: another type, an array, an object, or an odd string. */
export const mutantValue: fc.Arbitrary<unknown> = fc.oneof(
  oddString,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(oddString, { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), oddString, { maxKeys: 2 }),
);
