/**
 * NPQ resources for fake replies, made from the named examples of spec/npq-v3.yaml: the fake answers as the spec's
 * own examples do, with the id and timestamps a test needs. The fake validates each reply against the spec, so an
 * override that does not fit the spec fails the test that sends it.
 */
import { uuid } from "./fixtures.ts";
import { npqSpec } from "./spec.ts";

interface Resource<Attributes> {
  readonly id: string;
  readonly type: string;
  readonly attributes: Attributes;
}

type Overrides = Readonly<Record<string, unknown>>;

/** A resource of the spec example `name` (a `{ data: resource }` example) with a new id and some attributes. */
function fromExample<Attributes>(name: string, id: string, overrides: Overrides): Resource<Attributes> {
  const { data } = npqSpec.example(name) as { data: Resource<Attributes> };
  return { ...data, id, attributes: { ...data.attributes, ...overrides } };
}

interface Timestamped {
  readonly updated_at: string;
}

/** A pending application (the spec's `NpqApplicationPending`). */
export function npqApplication(n: number, overrides: Overrides = {}) {
  return fromExample<Timestamped & { participant_id: string }>("NpqApplicationPending", uuid(40_000 + n), overrides);
}

/** An eligible started declaration (the spec's `DeclarationEligible`). */
export function npqDeclaration(n: number, overrides: Overrides = {}) {
  return fromExample<Timestamped & { state: string }>("DeclarationEligible", uuid(50_000 + n), overrides);
}

/** A passed outcome (the spec's `NpqOutcomePassed`). */
export function npqOutcome(n: number, overrides: Overrides = {}) {
  return fromExample<Timestamped & { created_at: string; state: string }>(
    "NpqOutcomePassed",
    uuid(60_000 + n),
    overrides,
  );
}
