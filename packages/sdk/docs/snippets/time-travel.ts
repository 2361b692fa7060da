import { buildDeclaration, withServerDate } from "@lpkit/sdk";
import { client } from "./client.ts";

// Sandbox only: the server handles these requests as if it were 20 April 2026, 09:00 UTC.
const inApril = withServerDate(client, "2026-04-20T09:00:00Z");

await inApril.POST("/api/v3/participant-declarations", {
  body: buildDeclaration({
    cohort: "2025",
    participant_id: "7f3f8a52-2f5e-4d59-9d5e-3b1b8f6c1a01",
    course_identifier: "ecf-induction",
    declaration_type: "retained-2",
    declaration_date: "2026-04-20T08:30:00Z",
    evidence_held: "75-percent-engagement-met-reduced-induction",
  }),
});
