import { buildDeclaration, courseIdentifierOf, evidenceOptions, type ParticipantId } from "@lpkit/sdk";
import { client } from "./client.ts";
import { db } from "./your-app.ts";

// Declares `started` for each role of a participant stored by a sync job. The enrolment's cohort is a plain
// string: the builder takes it as it is and checks it at run time (a RangeError unless it is a year from 2021).
export async function declareStarted(participantId: ParticipantId, declarationDate: Date): Promise<void> {
  const enrolments = db.participants.get(participantId)?.attributes.ecf_enrolments ?? [];
  for (const enrolment of enrolments) {
    const course_identifier = courseIdentifierOf(enrolment); // "ecf-induction" for an ECT, "ecf-mentor" for a mentor
    // From 2025 a started declaration needs evidence; before 2025 it takes none.
    const evidence = evidenceOptions(enrolment.cohort, course_identifier, "started");
    const body = buildDeclaration({
      cohort: enrolment.cohort,
      participant_id: participantId,
      course_identifier,
      declaration_type: "started",
      declaration_date: declarationDate,
      evidence_held: evidence?.required ? "training-event-attended" : undefined,
    });
    const { data } = await client.POST("/api/v3/participant-declarations", { body });
    await db.saveDeclaration(data.data);
  }
}
