/**
 * The README's NPQ snippets, run against a fake of the NPQ API whose replies are checked against spec/npq-v3.yaml
 * (the ECF snippets run in readme.test.ts). About the snippets and the client, not the service: test/integration/
 * runs the client against the kit's NPQ sandbox.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { npqDb } from "../docs/snippets/your-app.ts";
import { fakeApi, TEST_TOKEN } from "./support/fake-api.ts";
import { listHandler } from "./support/list-handler.ts";
import { npqApplication, npqDeclaration, npqOutcome } from "./support/npq-fixtures.ts";
import { npqSpec } from "./support/spec.ts";

describe("README NPQ snippets, run against a fake NPQ API", () => {
  const applications = [
    npqApplication(1, { updated_at: "2025-06-02T08:15:00Z" }),
    npqApplication(2, {
      updated_at: "2025-06-05T10:00:00Z",
      status: "rejected",
      reason_for_rejection: "registration_expired",
    }),
  ];
  const completed = npqDeclaration(1, { declaration_type: "completed", has_passed: true });
  const outcomes = [
    npqOutcome(1, { state: "failed", created_at: "2025-07-20T09:00:00Z" }),
    npqOutcome(2, { created_at: "2025-07-24T15:30:00Z" }),
  ];
  const api = fakeApi(npqSpec)
    .on(
      "GET",
      "/api/v3/participants/npq/outcomes",
      listHandler(outcomes, (item) => item.attributes.created_at, "created_since"),
    )
    .on(
      "GET",
      "/api/v3/npq-applications",
      listHandler(applications, (item) => item.attributes.updated_at),
    )
    .on("POST", "/api/v3/npq-applications/{id}/accept", ({ params, body }) => {
      npqSpec.assertRequestBody("POST", "/api/v3/npq-applications/{id}/accept", JSON.parse(body));
      const accepted = npqApplication(1, { status: "accepted", schedule_identifier: "npq-leadership-autumn" });
      return { status: 200, json: { data: { ...accepted, id: params.id } } };
    })
    .on("POST", "/api/v3/participant-declarations", ({ body }) => {
      npqSpec.assertRequestBody("POST", "/api/v3/participant-declarations", JSON.parse(body));
      return { status: 200, json: { data: completed } };
    })
    .on("PUT", "/api/v3/participant-declarations/{id}/void", ({ params }) => ({
      status: 200,
      json: {
        data: {
          ...completed,
          id: params.id,
          attributes: { ...completed.attributes, state: "voided", statement_id: null, has_passed: null },
        },
      },
    }));

  beforeAll(() => {
    vi.stubEnv("NPQ_API_TOKEN", TEST_TOKEN);
    vi.stubGlobal("fetch", api.fetch);
  });
  afterAll(() => {
    vi.unstubAllEnvs();
    vi.unstubAllGlobals();
  });

  it("npq-client: calls DfE's NPQ sandbox with the token and user agent", async () => {
    await import("../docs/snippets/npq-sync-applications.ts");
    const [first] = api.requests;
    expect(first?.url.origin).toBe("https://npq-registration-sandbox-web.teacherservices.cloud");
    expect(first?.headers.get("Authorization")).toBe(`Bearer ${TEST_TOKEN}`);
    expect(first?.headers.get("User-Agent")).toBe("acme-crm/2.3 (integrations@acme.example) lpkit-sdk");
  });

  it("npq-sync-applications: stores every application and the mark, and accepts the pending one", async () => {
    expect(await npqDb.loadMark("npq-applications")).toMatch(/^2025-06-05T(09:59:5\d|10:00:00)Z$/);
    expect(npqDb.applications.get(applications[0]?.id ?? "")?.attributes.status).toBe("accepted");
    expect(npqDb.applications.get(applications[1]?.id ?? "")?.attributes.status).toBe("rejected");
    const accept = api.requests.find((request) => request.path.endsWith("/accept"));
    expect(accept?.params).toEqual({ id: applications[0]?.id });
    expect(JSON.parse(accept?.body ?? "")).toEqual({ data: { attributes: { funded_place: true } } });
  });

  it("npq-declare: declares completed with the outcome, then voids it", async () => {
    await import("../docs/snippets/npq-declare.ts");
    const sent = api.requests.find((request) => request.method === "POST" && request.path.endsWith("declarations"));
    expect(JSON.parse(sent?.body ?? "").data.attributes).toMatchObject({
      declaration_type: "completed",
      course_identifier: "npq-headship",
      has_passed: true,
    });
    expect(npqDb.declarations.get(completed.id)?.attributes.state).toBe("voided");
  });

  it("npq-sync-outcomes: stores every outcome and the mark, the latest created_at", async () => {
    await import("../docs/snippets/npq-sync-outcomes.ts");
    expect([...npqDb.outcomes.keys()]).toEqual(outcomes.map((outcome) => outcome.id));
    expect(await npqDb.loadMark("npq-outcomes")).toMatch(/^2025-07-24T15:(29:5\d|30:00)Z$/);
    const sent = api.requests.filter((request) => request.path === "/api/v3/participants/npq/outcomes");
    expect(sent.map((request) => request.url.searchParams.get("filter[created_since]"))).toEqual([null, null]);
  });
});
