/**
 * What the NPQ declaration tests share: a sandbox ready for declarations, and the tables that produce each numbered
 * rule of an operation through HTTP (keyed by rule number, so a rule added to the engine's table without a case fails).
 */
import { NPQ_RULE_MESSAGES_BY_OPERATION, type RuleMessage } from "@lpkit/engine";
import { expect } from "vitest";
import { errors } from "./ecf.ts";
import { npqDeliveryPartners, npqFixtureApplication, npqLeadProviderId, npqStatementsOf } from "./npq.ts";
import type { Json } from "./spec-client.ts";
import { testSandbox } from "./test-sandbox.ts";

/** A month into the 2025 autumn schedules, before the December statement's deadline (25 November 2025). */
export const DECLARING_NOW = "2025-11-03T10:00:00Z";
export const DECLARATION_DATE = "2025-10-15T09:00:00Z";
export const UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";
export const TEACH_FIRST = "teach-first";

type Entry = RuleMessage | readonly [title: string, detail: string];

/** A refusal a rule produces: the request, and the whole body it answers (several rules can fail at once). */
export interface RuleCase {
  readonly send: () => Promise<{ status: number; body: Json }>;
  readonly expected: readonly Entry[];
  /** Set for a rule the service cannot reach: the case shows which rule answers instead. */
  readonly unreachable?: string;
  /** For an unreachable rule that something other than a 422 answers first (a 404, say): that answer. */
  readonly answered?: { readonly status: number; readonly body: unknown };
}

/**
 * Every case must have a rule of the operation, and every rule a case; each answers exactly its 422 (or, for an
 * unreachable rule, what answers instead).
 */
export async function expectRuleCases(operationId: string, cases: Readonly<Record<number, RuleCase>>): Promise<void> {
  expect(Object.keys(cases)).toEqual(Object.keys(NPQ_RULE_MESSAGES_BY_OPERATION[operationId] ?? {}));
  for (const [rule, { send, expected, answered }] of Object.entries(cases)) {
    const response = await send();
    const { status, body } = answered ?? { status: 422, body: errors(...expected) };
    expect([operationId, rule, response.status, response.body]).toEqual([operationId, rule, status, body]);
  }
}

/**
 * The sandbox at DECLARING_NOW with Ambition's 2025a statements, its two seeded delivery partners (one in every cohort,
 * one from the current year), one of Teach First's, and a new participant of Ambition's on senior leadership in 2025a
 * with the attributes of a `started` declaration for them.
 */
export async function declaring() {
  const { sandbox, client } = testSandbox({ now: DECLARING_NOW });
  const leadProviderId = await npqLeadProviderId(client);
  await npqStatementsOf(client, leadProviderId, "2025a");
  const partners = await npqDeliveryPartners(client);
  const cohorts = (partner: Json) => partner.attributes.cohort as number[];
  const everyCohort = partners.find((partner) => cohorts(partner).includes(2023) && cohorts(partner).includes(2025));
  const recent = partners.find((partner) => !cohorts(partner).includes(2023) && cohorts(partner).includes(2025));
  const elsewhere = (await npqDeliveryPartners(client, TEACH_FIRST))[0] as Json;
  const enrolled = await npqFixtureApplication(client);
  const started = {
    participant_id: enrolled.attributes.participant_id as string,
    declaration_type: "started",
    declaration_date: DECLARATION_DATE,
    course_identifier: "npq-senior-leadership",
    delivery_partner_id: everyCohort.id as string,
  };
  if (everyCohort === undefined || recent === undefined) {
    throw new Error("the seeded world no longer has Ambition's two delivery partners");
  }
  return { sandbox, client, leadProviderId, everyCohort, recent, elsewhere, enrolled, started };
}
