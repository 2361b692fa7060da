/** `participant add`, `participant eligible`: what schools and appropriate bodies do. */
import type { ControlSchemas } from "../../../control-client/control-client-types.ts";
import { findLeadProvider, readRole, requireOption, roleName } from "../arguments.ts";
import { type CommandCall, CommandError, type CommandSpec } from "../command.ts";

const ROLE_OPTIONS = {
  ect: { type: "boolean", description: "as an early career teacher (ecf-induction)" },
  mentor: { type: "boolean", description: "as a mentor (ecf-mentor)" },
} as const;

function describe(participant: ControlSchemas["Participant"], what: string): string {
  return `${participant.attributes.full_name} (${participant.id}) ${what}`;
}

/**
 * The id of the school with `urn` that `leadProvider` can work with in `cohort`, read from the ECF API as the
 * provider sees it (the control API has no school listing).
 */
async function schoolIdByUrn(
  call: CommandCall,
  leadProvider: ControlSchemas["LeadProvider"],
  cohort: string,
  urn: string,
): Promise<string> {
  const url = new URL(`${call.url.replace(/\/+$/, "")}/ecf/api/v3/schools`);
  url.searchParams.set("filter[cohort]", cohort);
  url.searchParams.set("filter[urn]", urn);
  const response = await call.fetch(
    new Request(url, { headers: { authorization: `Bearer ${leadProvider.token}`, accept: "application/json" } }),
  );
  const body = (await response.json().catch(() => undefined)) as { data?: { id: string }[] } | undefined;
  const id = response.ok ? body?.data?.[0]?.id : undefined;
  if (id === undefined) {
    throw new CommandError(`No school with URN ${urn} is open to ${leadProvider.name} in cohort ${cohort}.`);
  }
  return id;
}

export const PARTICIPANT_COMMANDS: readonly CommandSpec[] = [
  {
    words: ["participant", "add"],
    args: [],
    options: {
      "lead-provider": { type: "string", value: "<id or name>", description: "e.g. ambition-institute (required)" },
      ...ROLE_OPTIONS,
      cohort: { type: "string", value: "<year>", description: "the cohort, e.g. 2025 (required)" },
      "school-urn": { type: "string", value: "<urn>", description: "at this school (default: a new one)" },
      "not-eligible": { type: "boolean", description: "not yet eligible for funding (default: eligible)" },
    },
    summary: "Register a participant with a lead provider, as a school would",
    examples: ["lpkit-sandbox participant add --lead-provider ambition-institute --ect --cohort 2025"],
    run: async (call) => {
      const { control, options } = call;
      const course = readRole(options);
      const cohort = requireOption(options, "cohort");
      const leadProvider = await findLeadProvider(control, requireOption(options, "lead-provider"));
      const urn = options["school-urn"];
      const participant = await control.createParticipant({
        lead_provider_id: leadProvider.id,
        course_identifier: course,
        cohort,
        ...(typeof urn === "string" ? { school_id: await schoolIdByUrn(call, leadProvider, cohort, urn) } : {}),
        ...(options["not-eligible"] === true ? { eligible_for_funding: false } : {}),
      });
      const text = describe(participant, `added: ${roleName(course)} of ${leadProvider.name}, cohort ${cohort}`);
      return { json: participant, text };
    },
  },
  {
    words: ["participant", "eligible"],
    args: [{ name: "<id>", description: "the participant's id" }],
    options: ROLE_OPTIONS,
    summary: "Make a participant's role eligible for funding, as an appropriate body would",
    examples: ["lpkit-sandbox participant eligible 0b7e3c5e-7a3a-4c59-9b43-2f1e3e0f9a11 --ect"],
    run: async ({ control, args: [id = ""], options }) => {
      const course = readRole(options);
      const participant = await control.makeEligibleForFunding(id, course);
      return {
        json: participant,
        text: describe(participant, `is eligible for funding as ${course === "ecf-induction" ? "an ECT" : "a mentor"}`),
      };
    },
  },
];
