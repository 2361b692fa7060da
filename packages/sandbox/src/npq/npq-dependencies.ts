import type { SandboxClock } from "../clock/sandbox-clock.ts";
import type { SandboxState } from "../state/sandbox-state.ts";

/** What the NPQ routes need: the current state (replaced on reset, so read per request) and the clock. */
export interface NpqDependencies {
  readonly state: () => SandboxState;
  readonly clock: SandboxClock;
}
