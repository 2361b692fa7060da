// @lpkit/sdk as installed from its tarball: one call, answered by a stub `fetch` that records the request.
import assert from "node:assert/strict";
import { buildDeclaration, createEcfClient, ECF_SANDBOX_BASE_URL } from "@lpkit/sdk";

const sent = [];
const client = createEcfClient({
  baseUrl: ECF_SANDBOX_BASE_URL,
  token: "a-token",
  throwOnError: true,
  fetch: async (request) => {
    sent.push(request);
    return Response.json({ data: [] }, { headers: { "content-type": "application/json; charset=utf-8" } });
  },
});
const { data } = await client.GET("/api/v3/statements");
assert.deepEqual(data, { data: [] });
assert.equal(sent[0]?.url, `${ECF_SANDBOX_BASE_URL}/api/v3/statements`);
assert.equal(sent[0]?.headers.get("authorization"), "Bearer a-token");

const body = buildDeclaration({
  cohort: "2025",
  participant_id: "7f3f8a52-2f5e-4d59-9d5e-3b1b8f6c1a01",
  course_identifier: "ecf-induction",
  declaration_type: "started",
  declaration_date: "2025-09-15T10:00:00Z",
  evidence_held: "training-event-attended",
});
assert.equal(body.data.type, "participant-declaration");
console.log("@lpkit/sdk: made a call and built a declaration");
