/**
 * The fixture endpoints accept exactly what spec/sandbox-v1.yaml's request schemas allow: for each value, the spec's
 * schema and the sandbox must agree, and a refusal is a 422 that says what to enter.
 */
import { FIXTURE_MESSAGES } from "@lpkit/engine";
import { beforeEach, describe, expect, it } from "vitest";
import { internalControl } from "../../src/create-sandbox.ts";
import { errors, leadProviderId } from "../helpers/ecf.ts";
import { specValidator } from "../helpers/spec-client.ts";
import { testSandbox } from "../helpers/test-sandbox.ts";

const SCHEMAS = "lpkit-spec://sandbox-v1#/components/schemas";

const { sandbox, client } = testSandbox();
beforeEach(() => internalControl(sandbox).reset());

describe("SchoolFixture.urn: six digits", () => {
  it.each([
    ["123456", true],
    ["900001", true],
    ["12", false],
    ["12345", false],
    ["1234567", false],
    ["12345a", false],
    [" 123456", false],
    ["", false],
  ])("%j: allowed by the spec and accepted by the sandbox alike (%s)", async (urn, valid) => {
    expect(specValidator().matches(`${SCHEMAS}/SchoolFixture`, { urn })).toBe(valid);
    const response = await client.post("/__sandbox/schools", { body: { urn } });
    if (valid) {
      expect(response.status).toBe(201);
      expect(response.body.data.urn).toBe(urn);
    } else {
      expect(response.status).toBe(422);
      expect(response.body).toEqual(errors(["urn", FIXTURE_MESSAGES.invalidUrn]));
    }
  });
});

describe("ParticipantFixture.email: an email address", () => {
  it.each([
    ["ada@example.com", true],
    ["Ada.Lovelace+ect@school.example.sch.uk", true],
    ["o'neill@example.org", true],
    ["not-an-email", false],
    ["ada@", false],
    ["@example.com", false],
    ["ada@example", false],
    ["ada lovelace@example.com", false],
    ["ada..lovelace@example.com", false],
    ["ada@example.com ", false],
    ["ada@-example.com", false],
  ])("%j: allowed by the spec and accepted by the sandbox alike (%s)", async (email, valid) => {
    const fixture = {
      lead_provider_id: await leadProviderId(client),
      course_identifier: "ecf-induction",
      cohort: "2025",
      email,
    };
    expect(specValidator().matches(`${SCHEMAS}/ParticipantFixture`, fixture)).toBe(valid);
    const before = (await client.get("/__sandbox/world")).body.counts;
    const response = await client.post("/__sandbox/participants", { body: fixture });
    if (valid) {
      expect(response.status).toBe(201);
      expect(response.body.data.attributes.ecf_enrolments[0].email).toBe(email);
    } else {
      expect(response.status).toBe(422);
      expect(response.body).toEqual(errors(["email", FIXTURE_MESSAGES.invalidEmail]));
      // Refused before anything is created, the school the sandbox would have made included.
      expect((await client.get("/__sandbox/world")).body.counts).toEqual(before);
    }
  });

  it("still asks for an address when the one given is blank", async () => {
    const response = await client.post("/__sandbox/participants", {
      body: {
        lead_provider_id: await leadProviderId(client),
        course_identifier: "ecf-induction",
        cohort: "2025",
        email: "  ",
      },
    });
    expect(response.status).toBe(422);
    expect(response.body).toEqual(errors(["email", FIXTURE_MESSAGES.enterEmail]));
  });
});
