/**
 * `createSandboxClient` against the real control API: every helper, its errors, both modes of the raw client.
 */
import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import {
  BadRequestError,
  createEcfClient,
  createSandboxClient,
  NotFoundError,
  SDK_USER_AGENT,
  UnprocessableError,
} from "../../src/index.ts";
import { ecfSpec } from "../support/spec.ts";
import { SUITE_NOW, SUITE_SEED, useLiveSandbox } from "./support/live-sandbox.ts";
import { AMBITION, leadProvider, newEct } from "./support/world.ts";

const live = useLiveSandbox();

beforeEach(async () => {
  await live().control.reset({ seed: SUITE_SEED, now: SUITE_NOW });
});

describe("createSandboxClient", () => {
  it("knows where the sandbox's ECF API is", () => {
    expect(live().control.baseUrl).toBe(live().baseUrl);
    expect(live().control.ecfBaseUrl).toBe(`${live().baseUrl}/ecf`);
  });

  it("downloads the journal: a header line, then each accepted change, the last clock move last", async () => {
    await live().control.setClock("2025-10-02T09:00:00Z");
    const lines = (await live().control.journal())
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines[0]).toMatchObject({ format: 1, seed: SUITE_SEED });
    expect(lines.at(-1)).toMatchObject({ kind: "clock", clock: { now: "2025-10-02T09:00:00.000Z", frozen: true } });
  });

  it("creates, lists and deletes isolated worlds; the world option sends X-Sandbox-World from every client", async () => {
    const name = `sdk-${randomUUID()}`;
    expect(await live().control.createWorld({ name, seed: SUITE_SEED, now: SUITE_NOW })).toEqual({
      name,
      seed: SUITE_SEED,
      now: "2025-10-01T09:30:00Z",
      frozen: true,
    });
    expect((await live().control.worlds()).map((world) => world.name)).toEqual(["default", name]);
    const inWorld = createSandboxClient({ baseUrl: live().baseUrl, world: name });
    await inWorld.setClock("2026-02-01T09:00:00Z");
    expect((await inWorld.clock()).now).toBe("2026-02-01T09:00:00Z");
    expect((await live().control.clock()).now).toBe("2025-10-01T09:30:00Z");
    const { token } = await leadProvider(inWorld, AMBITION);
    const ecf = createEcfClient({ baseUrl: live().control.ecfBaseUrl, token, world: name, retry: false });
    expect((await ecf.GET("/api/v3/participants")).response.status).toBe(200);

    await live().control.deleteWorld(name);
    await expect(inWorld.clock()).rejects.toBeInstanceOf(NotFoundError);
    expect((await ecf.GET("/api/v3/participants")).response.status).toBe(404);
    await expect(live().control.deleteWorld("default")).rejects.toBeInstanceOf(UnprocessableError);
    await expect(live().control.createWorld({ name: "Not A Name" })).rejects.toBeInstanceOf(BadRequestError);
  });

  it("refuses an empty base URL", () => {
    expect(() => createSandboxClient({ baseUrl: "" })).toThrow(TypeError);
  });

  it("sends the SDK's user agent after yours, and no token", async () => {
    const seen: Request[] = [];
    const sandbox = createSandboxClient({
      baseUrl: live().baseUrl,
      userAgent: "acme-tests/1.0",
      fetch: (request, init) => {
        seen.push(request.clone());
        return live().fetch(request, init);
      },
    });

    await sandbox.health();

    expect(seen[0]?.headers.get("User-Agent")).toBe(`acme-tests/1.0 ${SDK_USER_AGENT}`);
    expect(seen[0]?.headers.has("Authorization")).toBe(false);
  });
});

describe("world, reset and clock", () => {
  it("reports health and the world", async () => {
    expect(await live().control.health()).toEqual({ status: "ok" });
    const world = await live().control.world();
    expect(world).toMatchObject({ seed: SUITE_SEED, now: SUITE_NOW, frozen: true });
    expect(world.counts.leadProviders).toBe(7);
  });

  it("rebuilds the same world from the same seed and clock, and another from another seed", async () => {
    const before = await live().control.world();
    await newEct(live().control, await leadProvider(live().control, AMBITION));
    const changed = await live().control.world();

    const again = await live().control.reset({ seed: SUITE_SEED, now: new Date(SUITE_NOW) });
    const other = await live().control.reset({ seed: 1 });

    expect(changed.digest).not.toBe(before.digest);
    expect(again).toEqual(before);
    expect(other).toMatchObject({ seed: 1, now: SUITE_NOW, frozen: true });
    expect(other.digest).not.toBe(before.digest);
  });

  it("freezes, runs and releases the clock", async () => {
    expect(await live().control.setClock("2026-01-15T12:00:00+01:00")).toEqual({
      now: "2026-01-15T11:00:00Z",
      frozen: true,
    });
    const running = await live().control.setClock(new Date("2030-01-01T00:00:00Z"), { frozen: false });
    expect(running.frozen).toBe(false);
    expect(Date.parse(running.now)).toBeGreaterThanOrEqual(Date.parse("2030-01-01T00:00:00Z"));
    const real = await live().control.setClock(null);
    expect(real.frozen).toBe(false);
    expect(Math.abs(Date.parse(real.now) - Date.now())).toBeLessThan(60_000);
    expect(await live().control.clock()).toMatchObject({ frozen: false });
  });

  it("checks instants before sending them", async () => {
    await expect(live().control.setClock("tomorrow")).rejects.toThrow(RangeError);
    await expect(live().control.reset({ now: "2025-13-45" })).rejects.toThrow(RangeError);
  });
});

describe("lead providers and scenarios", () => {
  it("lists the seeded lead providers with tokens the ECF API accepts", async () => {
    const providers = await live().control.leadProviders();

    expect(providers.map((provider) => provider.token)).toEqual([
      "ambition-institute",
      "best-practice-network",
      "capita",
      "teach-first",
      "national-institute-of-teaching",
      "education-development-trust",
      "ucl-institute-of-education",
    ]);
    for (const provider of providers) {
      const { response } = await live().ecf(provider.token).GET("/api/v3/statements");
      expect(response.status).toBe(200);
    }
  });

  it("filters scenarios by name and lead provider, with ids the ECF API knows", async () => {
    const provider = await leadProvider(live().control, AMBITION);

    const scenarios = await live().control.scenarios({ name: "ect-ready-to-declare", lead_provider_id: provider.id });

    expect(scenarios).toHaveLength(1);
    const participantId = scenarios[0]?.resources.participant_id ?? "";
    const { data } = await live()
      .ecf(provider.token)
      .GET("/api/v3/participants/{id}", { params: { path: { id: participantId } } });
    expect(data.data.id).toBe(participantId);
  });
});

describe("fixtures", () => {
  it("creates a participant and returns them as their lead provider sees them", async () => {
    const provider = await leadProvider(live().control, AMBITION);

    const participant = await live().control.createParticipant({
      lead_provider_id: provider.id,
      course_identifier: "ecf-mentor",
      cohort: "2025",
      full_name: "Ada Mentor",
    });

    ecfSpec.assertSchema("#/components/schemas/Participant", participant, "participant from the control API");
    expect(participant.attributes).toMatchObject({ full_name: "Ada Mentor" });
    expect(participant.attributes.ecf_enrolments).toMatchObject([{ participant_type: "mentor", cohort: "2025" }]);
    const { data } = await live()
      .ecf(provider.token)
      .GET("/api/v3/participants/{id}", { params: { path: { id: participant.id } } });
    expect(data.data).toEqual(participant);
  });

  it("creates a school and a delivery partner to register a participant with", async () => {
    const provider = await leadProvider(live().control, AMBITION);

    const school = await live().control.createSchool({ name: "Sandbox Academy", urn: "654321" });
    const partner = await live().control.createDeliveryPartner({
      lead_provider_id: provider.id,
      cohorts: ["2025"],
      name: "Sandbox Partners",
    });
    const participant = await newEct(live().control, provider, {
      school_id: school.id,
      delivery_partner_id: partner.id,
    });

    expect(school).toMatchObject({ name: "Sandbox Academy", urn: "654321" });
    expect(partner).toMatchObject({ name: "Sandbox Partners" });
    expect(participant.attributes.ecf_enrolments).toMatchObject([
      { school_urn: "654321", delivery_partner_id: partner.id },
    ]);
  });

  it("refuses what the world does not allow with an UnprocessableError", async () => {
    const capita = (await live().control.leadProviders()).find((provider) => provider.token === "capita");

    const error = await live()
      .control.createParticipant({
        lead_provider_id: capita?.id ?? "",
        course_identifier: "ecf-induction",
        cohort: "2025",
      })
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(UnprocessableError);
    expect((error as UnprocessableError).errors).toEqual([
      { title: "cohort", detail: "The lead provider does not deliver the 2025 cohort." },
    ]);
  });

  it("refuses a URN that is not six digits, as the spec's SchoolFixture says", async () => {
    const error = await live()
      .control.createSchool({ urn: "1234567" })
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(UnprocessableError);
    expect((error as UnprocessableError).errors).toEqual([{ title: "urn", detail: "Enter a URN of 6 digits." }]);
  });

  it("refuses an email that is not an address, as the spec's `format: email` says", async () => {
    const provider = await leadProvider(live().control, AMBITION);
    const before = await live().control.world();

    const error = await newEct(live().control, provider, { email: "not-an-email" }).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(UnprocessableError);
    expect((error as UnprocessableError).errors).toEqual([
      { title: "email", detail: "Enter an email address in the correct format, like name@example.com." },
    ]);
    expect((await live().control.world()).digest).toBe(before.digest);
  });

  it("answers an unknown statement with a NotFoundError", async () => {
    const id = randomUUID();

    const error = await live()
      .control.markStatementPaid(id)
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ method: "POST", path: `/__sandbox/statements/${id}/mark-paid` });
  });
});

describe("faults", () => {
  it("arms, lists and clears faults", async () => {
    const fault = await live().control.injectFault({ status: 503, count: 2, path: "/ecf/api/v3/participants" });

    expect(fault).toMatchObject({ status: 503, remaining: 2, path: "/ecf/api/v3/participants", method: null });
    expect(await live().control.faults()).toEqual([fault]);
    await live().control.clearFaults();
    expect(await live().control.faults()).toEqual([]);
  });

  it("are cleared by a reset", async () => {
    await live().control.injectFault({ status: 500 });

    await live().control.reset();

    expect(await live().control.faults()).toEqual([]);
  });
});

describe("the raw client", () => {
  it("throws typed errors in throwing mode", async () => {
    const error = await live()
      .control.raw.PUT("/__sandbox/clock", { body: { now: "tomorrow" } })
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as BadRequestError).errors).toEqual([
      {
        title: "Bad request",
        detail: "'#/now' must be an RFC 3339 date-time such as 2025-10-01T09:30:00Z, or null.",
      },
    ]);
  });

  it("returns result objects without throwOnError, while the helpers still throw", async () => {
    const sandbox = createSandboxClient({ baseUrl: live().baseUrl, fetch: live().fetch });

    const ok = await sandbox.raw.GET("/__sandbox/clock");
    const failed = await sandbox.raw.PUT("/__sandbox/clock", { body: { now: "tomorrow" } });

    expect(ok.data).toEqual({ now: SUITE_NOW, frozen: true });
    expect(failed.response.status).toBe(400);
    expect(failed.error?.errors[0]?.title).toBe("Bad request");
    await expect(sandbox.markStatementPayable(randomUUID())).rejects.toBeInstanceOf(NotFoundError);
  });
});
