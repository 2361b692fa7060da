/**
 * `npq cohort add`, `npq delivery-partner add`, `npq application change-lead-provider`, `npq participant change-id`:
 * what DfE does in the NPQ service, through the control API's NPQ fixtures.
 */
import type { ControlSchemas } from "../../../control-client/control-client-types.ts";
import { UsageError } from "../../parse-options.ts";
import { findNpqLeadProvider, requireOption } from "../arguments.ts";
import type { CommandSpec } from "../command.ts";

const FUNDINGS = ["full", "capped", "zero"] as const;
const NPQ_COHORT = /^\d{4}[a-z]?$/;
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** An NPQ cohort as people name it: `2026b`, or a bare year for suffix `a`. */
function readNpqCohort(name: string, value: string): string {
  if (!NPQ_COHORT.test(value)) {
    throw new UsageError(`${name} must be an NPQ cohort such as 2026b (a bare year means suffix a), got "${value}"`);
  }
  return value;
}

/** `YYYY-MM-DD`; whether the day exists is the sandbox's to say. */
function readDate(name: string, value: string): string {
  if (!CALENDAR_DATE.test(value)) {
    throw new UsageError(`${name} must be a date such as 2027-04-01, got "${value}"`);
  }
  return value;
}

function readFunding(value: string): ControlSchemas["NpqCohortFixture"]["funding"] {
  const funding = FUNDINGS.find((known) => known === value);
  if (funding === undefined) {
    throw new UsageError(`--funding must be full, capped or zero, got "${value}"`);
  }
  return funding;
}

export const NPQ_COMMANDS: readonly CommandSpec[] = [
  {
    words: ["npq", "cohort", "add"],
    args: [{ name: "<cohort>", description: "the cohort's identifier, e.g. 2027a or 2026c (a bare year means a)" }],
    options: {
      funding: { type: "string", value: "<funding>", description: "full, capped or zero (required)" },
      "registration-start": {
        type: "string",
        value: "<date>",
        description: "the registration start date, in the start year (default: 1 April)",
      },
      "no-contracts": { type: "boolean", description: "statements without contracts (default: with contracts)" },
    },
    summary: "Create an NPQ cohort with its schedules and every NPQ lead provider's statements",
    examples: ["lpkit-sandbox npq cohort add 2027b --funding capped"],
    run: async ({ control, args: [identifier = ""], options }) => {
      const start = options["registration-start"];
      const cohort = await control.createNpqCohort({
        identifier: readNpqCohort("<cohort>", identifier),
        funding: readFunding(requireOption(options, "funding")),
        ...(typeof start === "string" ? { registration_start_date: readDate("--registration-start", start) } : {}),
        ...(options["no-contracts"] === true ? { contracts: false } : {}),
      });
      const text = `Cohort ${cohort.identifier} added: ${cohort.funding} funding, registration from ${cohort.registration_start_date}`;
      return { json: cohort, text };
    },
  },
  {
    words: ["npq", "delivery-partner", "add"],
    args: [],
    options: {
      "lead-provider": { type: "string", value: "<id or name>", description: "e.g. ambition-institute (required)" },
      cohorts: { type: "string", value: "<cohorts>", description: "comma-separated, e.g. 2025a,2026b (required)" },
      name: { type: "string", value: "<name>", description: "the partner's name (default: a numbered one)" },
    },
    summary: "Create an NPQ delivery partner working with a lead provider in some cohorts",
    examples: ["lpkit-sandbox npq delivery-partner add --lead-provider ambition-institute --cohorts 2025a,2026b"],
    run: async ({ control, options }) => {
      const cohorts = requireOption(options, "cohorts")
        .split(",")
        .map((cohort) => readNpqCohort("--cohorts", cohort.trim()));
      const leadProvider = await findNpqLeadProvider(control, requireOption(options, "lead-provider"));
      const partner = await control.createNpqDeliveryPartner({
        lead_provider_id: leadProvider.id,
        cohorts,
        ...(typeof options.name === "string" ? { name: options.name } : {}),
      });
      const text = `${partner.name} (${partner.id}) added: with ${leadProvider.name} in ${partner.cohorts.join(", ")}`;
      return { json: partner, text };
    },
  },
  {
    words: ["npq", "application", "change-lead-provider"],
    args: [{ name: "<id>", description: "the application's id" }],
    options: {
      "lead-provider": { type: "string", value: "<id or name>", description: "the new lead provider (required)" },
    },
    summary: "Move an NPQ application to another lead provider, as DfE support does",
    examples: [
      "lpkit-sandbox npq application change-lead-provider 0b7e3c5e-7a3a-4c59-9b43-2f1e3e0f9a11 --lead-provider llse",
    ],
    run: async ({ control, args: [id = ""], options }) => {
      const leadProvider = await findNpqLeadProvider(control, requireOption(options, "lead-provider"));
      const application = await control.changeNpqApplicationLeadProvider(id, leadProvider.id);
      return { json: application, text: `Application ${application.id} is now with ${leadProvider.name}` };
    },
  },
  {
    words: ["npq", "participant", "change-id"],
    args: [{ name: "<id>", description: "the participant's id" }],
    options: {
      to: { type: "string", value: "<id>", description: "merge into this participant (default: a new id)" },
    },
    summary: "Merge an NPQ participant into another, or give them a new id; the old id then answers 410",
    examples: ["lpkit-sandbox npq participant change-id 0b7e3c5e-7a3a-4c59-9b43-2f1e3e0f9a11"],
    run: async ({ control, args: [id = ""], options }) => {
      const change = await control.changeNpqParticipantId(id, typeof options.to === "string" ? options.to : undefined);
      return { json: change, text: `Participant ${change.from_participant_id} is now ${change.to_participant_id}` };
    },
  },
];
