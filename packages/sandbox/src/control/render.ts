import type { ClockState } from "../clock/sandbox-clock.ts";
import type { Fault } from "../http/faults.ts";
import type { LeadProviderAccount } from "../state/sandbox-state.ts";
import type { Scenario } from "../state/scenario.ts";
import { formatTimestamp } from "../time/timestamps.ts";
import type { WorldSummary } from "./sandbox-control.ts";

/** JSON shapes of the control API (spec/sandbox-v1.yaml): snake_case, API timestamps. */

export const renderClock = (clock: ClockState) => ({ now: formatTimestamp(clock.now), frozen: clock.frozen });

export const renderLeadProvider = (account: LeadProviderAccount) => ({
  id: account.id,
  name: account.name,
  token: account.token,
  cohorts: [...account.cohorts],
});

export const renderSummary = (summary: WorldSummary) => ({
  seed: summary.seed,
  digest: summary.digest,
  now: formatTimestamp(summary.now),
  frozen: summary.frozen,
  counts: summary.counts,
  npq: { digest: summary.npq.digest, counts: summary.npq.counts },
});

export const renderScenario = (scenario: Scenario) => ({
  name: scenario.name,
  description: scenario.description,
  programme: scenario.programme,
  lead_provider_id: scenario.leadProviderId,
  ...(scenario.cohort === undefined ? {} : { cohort: String(scenario.cohort) }),
  resources: { ...scenario.resources },
});

export const renderFault = (fault: Fault) => ({
  id: fault.id,
  status: fault.status,
  remaining: fault.remaining,
  path: fault.path ?? null,
  method: fault.method ?? null,
});
