import { buildDeclaration, ServerError } from "@lpkit/sdk";
import { client, leadProviderId, sandbox } from "./sandbox.ts";
import { log } from "./your-app.ts";

// The next GET of /statements answers 503 (with Retry-After: 1): the client waits a second and tries again.
await sandbox.injectFault({ status: 503, path: "/ecf/api/v3/statements", method: "GET" });
const { data } = await client.GET("/api/v3/statements");
log.info(`${data.data.length} statements, after one retry`);

// A seeded ECT ready for a declaration, from the sandbox's named scenarios.
const [scenario] = await sandbox.scenarios({ name: "ect-ready-to-declare", lead_provider_id: leadProviderId });
const body = buildDeclaration({
  cohort: "2025",
  participant_id: scenario?.resources.participant_id ?? "",
  course_identifier: "ecf-induction",
  declaration_type: "started",
  declaration_date: "2025-09-20T10:00:00Z",
  evidence_held: "training-event-attended",
});

// Writes are not retried, so your code meets the failure and decides.
await sandbox.injectFault({ status: 503, path: "/ecf/api/v3/participant-declarations", method: "POST" });
try {
  await client.POST("/api/v3/participant-declarations", { body });
} catch (error) {
  log.info(`declaration failed with a server error: ${error instanceof ServerError}`); // true
}
