/** The API a scenario's ids are for. */
export type ScenarioProgramme = "ecf" | "npq";

/** A named situation of the seeded world (ECF rules §9), and the ids that make it up. */
export interface Scenario {
  /** Kebab-case name, shared by every instance of the situation (one per lead provider, usually). */
  readonly name: string;
  readonly description: string;
  readonly programme: ScenarioProgramme;
  /** The lead provider in the scenario's API: an NPQ lead provider's id for NPQ scenarios. */
  readonly leadProviderId: string;
  readonly cohort?: number | undefined;
  /** Ids by role: `participant_id`, `school_id`, `declaration_id`, ... */
  readonly resources: Readonly<Record<string, string>>;
}
