/** `reset`, `world`, `scenarios`, `lead-providers`: the seeded worlds and who can call them. */
import type { ControlScenarioFilter, ControlSchemas } from "../../../control-client/control-client-types.ts";
import { leadProviderIdIn, readInstant, readInteger } from "../arguments.ts";
import type { CommandResult, CommandSpec } from "../command.ts";
import { formatTable } from "../table.ts";

function worldResult(world: ControlSchemas["WorldSummary"], first: string): CommandResult {
  const counts = Object.entries(world.counts)
    .map(([kind, count]) => `${kind} ${count}`)
    .join(", ");
  const clock = `${world.now} (${world.frozen ? "frozen" : "running"})`;
  return { json: world, text: [first, `Clock   ${clock}`, `Digest  ${world.digest}`, `Records ${counts}`].join("\n") };
}

export const WORLD_COMMANDS: readonly CommandSpec[] = [
  {
    words: ["reset"],
    args: [],
    options: {
      seed: { type: "string", value: "<n>", description: "seed of the new world (default: the current one)" },
      now: { type: "string", value: "<time>", description: "freeze the clock at this RFC 3339 instant first" },
    },
    summary: "Throw the world away and seed a new one; faults are cleared",
    examples: ["lpkit-sandbox reset --seed 7 --now 2025-10-01T09:30:00Z"],
    run: async ({ control, options }) => {
      const world = await control.reset({
        ...(typeof options.seed === "string" ? { seed: readInteger("--seed", options.seed) } : {}),
        ...(typeof options.now === "string" ? { now: readInstant("--now", options.now) } : {}),
      });
      return worldResult(world, `New world, seed ${world.seed}`);
    },
  },
  {
    words: ["world"],
    args: [],
    options: {},
    summary: "Show the world's seed, clock, digest and record counts",
    examples: ["lpkit-sandbox world"],
    run: async ({ control }) => {
      const world = await control.world();
      return worldResult(world, `Seed    ${world.seed}`);
    },
  },
  {
    words: ["scenarios"],
    args: [],
    options: {
      programme: {
        type: "string",
        value: "<programme>",
        description: "only the ECF API's (ecf) or the NPQ API's (npq)",
      },
      "lead-provider": {
        type: "string",
        value: "<id or name>",
        description: "only this lead provider's (an NPQ one with --programme npq)",
      },
      name: { type: "string", value: "<name>", description: "only this scenario, e.g. ect-ready-to-declare" },
    },
    summary: "List the situations of both APIs' worlds tests usually need, with the ids that reach them",
    examples: [
      "lpkit-sandbox scenarios --lead-provider ambition-institute --name ect-ready-to-declare",
      "lpkit-sandbox scenarios --programme npq --lead-provider llse",
    ],
    run: async ({ control, options }) => {
      const [providers, npqProviders] = await Promise.all([control.leadProviders(), control.npqLeadProviders()]);
      const leadProvider = options["lead-provider"];
      const scenarios = await control.scenarios({
        ...(typeof options.programme === "string" ? { programme: options.programme } : {}),
        ...(typeof leadProvider === "string"
          ? { lead_provider_id: await leadProviderIdIn(control, leadProvider, options.programme) }
          : {}),
        ...(typeof options.name === "string" ? { name: options.name } : {}),
      } as ControlScenarioFilter);
      const nameOf = (scenario: ControlSchemas["Scenario"]) =>
        (scenario.programme === "npq" ? npqProviders : providers).find(
          (provider) => provider.id === scenario.lead_provider_id,
        )?.name ?? scenario.lead_provider_id;
      const rows = scenarios.map((scenario) => [
        scenario.name,
        scenario.programme,
        nameOf(scenario),
        scenario.cohort ?? "",
        Object.entries(scenario.resources)
          .map(([role, id]) => `${role}=${id}`)
          .join(" "),
      ]);
      const header = ["Name", "Programme", "Lead provider", "Cohort", "Ids"];
      const text = rows.length === 0 ? "No scenarios." : formatTable(header, rows);
      return { json: scenarios, text };
    },
  },
  {
    words: ["lead-providers"],
    args: [],
    options: {},
    summary: "List the lead providers with their bearer tokens for the ECF API",
    examples: ["lpkit-sandbox lead-providers"],
    run: async ({ control }) => {
      const providers = await control.leadProviders();
      const rows = providers.map((provider) => [
        provider.name,
        provider.token,
        provider.id,
        provider.cohorts.join(", "),
      ]);
      return { json: providers, text: formatTable(["Lead provider", "Token", "Id", "Cohorts"], rows) };
    },
  },
];
