/**
 * Fixture text is bounded (`TEXT_LIMITS`, `maxLength` in spec/sandbox-v1.yaml): text at the limit is taken, one
 * character more is refused with a 400 naming the field and the limit, and nothing is created.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { CONTROL_MESSAGES } from "../../src/control/messages.ts";
import { TEXT_LIMITS } from "../../src/control/text-limits.ts";
import { internalControl } from "../../src/create-sandbox.ts";
import { BAD_REQUEST_TITLE } from "../../src/http/messages.ts";
import { leadProviderId } from "../helpers/ecf.ts";
import type { Json } from "../helpers/spec-client.ts";
import { specValidator } from "../helpers/spec-client.ts";
import { testSandbox } from "../helpers/test-sandbox.ts";

const SCHEMAS = "lpkit-spec://sandbox-v1#/components/schemas";

const { sandbox, client } = testSandbox();
beforeEach(() => internalControl(sandbox).reset());

/** An email address of exactly `length` characters. */
const emailOf = (length: number) => `${"a".repeat(length - "@example.org".length)}@example.org`;

interface BoundedField {
  readonly path: string;
  readonly schema: string;
  readonly field: string;
  readonly limit: number;
  /** A value of the given length. */
  readonly value: (length: number) => string;
  /** The rest of a request the sandbox accepts. */
  readonly rest: () => Promise<Record<string, Json>>;
}

const participant = async () => ({
  lead_provider_id: await leadProviderId(client),
  course_identifier: "ecf-induction",
  cohort: "2025",
});

const FIELDS: readonly BoundedField[] = [
  {
    path: "/__sandbox/schools",
    schema: "SchoolFixture",
    field: "name",
    limit: TEXT_LIMITS.name,
    value: (length) => "S".repeat(length),
    rest: async () => ({}),
  },
  {
    path: "/__sandbox/delivery-partners",
    schema: "DeliveryPartnerFixture",
    field: "name",
    limit: TEXT_LIMITS.name,
    value: (length) => "D".repeat(length),
    rest: async () => ({ lead_provider_id: await leadProviderId(client), cohorts: ["2025"] }),
  },
  {
    path: "/__sandbox/participants",
    schema: "ParticipantFixture",
    field: "full_name",
    limit: TEXT_LIMITS.name,
    value: (length) => "É".repeat(length),
    rest: participant,
  },
  {
    path: "/__sandbox/participants",
    schema: "ParticipantFixture",
    field: "teacher_reference_number",
    limit: TEXT_LIMITS.teacherReferenceNumber,
    value: (length) => "7".repeat(length),
    rest: participant,
  },
  {
    path: "/__sandbox/participants",
    schema: "ParticipantFixture",
    field: "email",
    limit: TEXT_LIMITS.email,
    value: emailOf,
    rest: participant,
  },
];

describe.each(FIELDS)("$path: $field", ({ path, schema, field, limit, value, rest }) => {
  it(`takes ${limit} characters, as the spec allows`, async () => {
    const body = { ...(await rest()), [field]: value(limit) };
    expect(specValidator().matches(`${SCHEMAS}/${schema}`, body)).toBe(true);
    expect((await client.post(path, { body })).status).toBe(201);
  });

  it(`refuses ${limit + 1} characters with a 400, and creates nothing`, async () => {
    const body = { ...(await rest()), [field]: value(limit + 1) };
    expect(specValidator().matches(`${SCHEMAS}/${schema}`, body)).toBe(false);
    const before = (await client.get("/__sandbox/world")).body.counts;
    const response = await client.post(path, { body });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      errors: [{ title: BAD_REQUEST_TITLE, detail: CONTROL_MESSAGES.tooLong(field, limit) }],
    });
    expect((await client.get("/__sandbox/world")).body.counts).toEqual(before);
  });

  it("refuses a hundred kilobytes of text (under the body limit) with the same 400", async () => {
    const response = await client.post(path, { body: { ...(await rest()), [field]: value(100_000) } });
    expect(response.status).toBe(400);
    expect(response.body.errors[0].detail).toBe(CONTROL_MESSAGES.tooLong(field, limit));
  });
});

describe("/__sandbox/faults: path", () => {
  it("refuses a path prefix longer than the limit with a 400", async () => {
    const response = await client.post("/__sandbox/faults", {
      body: { status: 503, path: `/${"p".repeat(TEXT_LIMITS.path)}` },
    });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      errors: [{ title: BAD_REQUEST_TITLE, detail: CONTROL_MESSAGES.tooLong("path", TEXT_LIMITS.path) }],
    });
    expect((await client.get("/__sandbox/faults")).body.data).toEqual([]);
  });
});
