/**
 * Small builders over the control API for the integration suites: lead providers by name, fresh participants
 * (so that tests do not depend on the seeded records' history), and valid declaration bodies.
 */
import {
  buildDeclaration,
  type Participant,
  type ParticipantDeclarationCreateRequest,
  type SandboxClient,
  type SandboxLeadProvider,
  type SandboxParticipantFixture,
} from "../../../src/index.ts";

type Control = SandboxClient;

export const AMBITION = "Ambition Institute";
export const TEACH_FIRST = "Teach First";

/** The seeded lead provider called `name`. */
export async function leadProvider(control: Control, name: string): Promise<SandboxLeadProvider> {
  const provider = (await control.leadProviders()).find((candidate) => candidate.name === name);
  if (provider === undefined) {
    throw new Error(`No lead provider named ${name}`);
  }
  return provider;
}

/** A new 2025 ECT of `provider`, eligible for funding, on the standard September schedule (milestones from 1 June). */
export async function newEct(
  control: Control,
  provider: SandboxLeadProvider,
  fixture: Partial<SandboxParticipantFixture> = {},
): Promise<Participant> {
  return control.createParticipant({
    lead_provider_id: provider.id,
    course_identifier: "ecf-induction",
    cohort: "2025",
    ...fixture,
  });
}

/** A `started` declaration of a 2025 ECT. */
export function startedDeclaration(
  participantId: string,
  date = "2025-09-15T10:00:00Z",
): ParticipantDeclarationCreateRequest {
  return buildDeclaration({
    cohort: "2025",
    participant_id: participantId,
    course_identifier: "ecf-induction",
    declaration_type: "started",
    declaration_date: date,
    evidence_held: "training-event-attended",
  });
}
