import { buildDeclaration } from "@lpkit/sdk";
import { client, leadProviderId, sandbox } from "./sandbox.ts";
import { log } from "./your-app.ts";

// A new ECT of yours, eligible for funding: the sandbox adds the school, partnership and training they need.
const participant = await sandbox.createParticipant({
  lead_provider_id: leadProviderId,
  course_identifier: "ecf-induction",
  cohort: "2025",
});

const { data: declared } = await client.POST("/api/v3/participant-declarations", {
  body: buildDeclaration({
    cohort: "2025",
    participant_id: participant.id,
    course_identifier: "ecf-induction",
    declaration_type: "started",
    declaration_date: "2025-09-15T10:00:00Z",
    evidence_held: "training-event-attended",
  }),
});
const { id, attributes } = declared.data;
if (attributes.statement_id === null) {
  throw new Error(`Declaration ${id} is ${attributes.state}, on no statement`);
}

// What DfE does: once the statement's cut-off date has passed, it becomes payable, then it is paid.
await sandbox.setClock("2025-11-01T09:00:00Z");
await sandbox.markStatementPayable(attributes.statement_id);
await sandbox.markStatementPaid(attributes.statement_id);

const { data: paid } = await client.GET("/api/v3/participant-declarations/{id}", { params: { path: { id } } });
log.info(`declaration ${id} is ${paid.data.attributes.state}`); // "paid"
