/**
 * A participant's training status in one role with one provider (ECF rules §6.1, §6.2 and §6.3): active, deferred or
 * withdrawn. The status is not stored: it is read from the latest training period (`trainingStatusOf`), and the
 * commands record a deferral or withdrawal on that period, or open a new one to resume. The machine decides which of
 * those moves is legal; unlike ECF, a withdrawn participant can be resumed (ECF rules §6.3).
 */
import { TRAINING_STATUSES } from "../rules/training-periods.ts";
import { defineMachine } from "./machine.ts";

export const TRAINING_STATUS_EVENTS = ["defer", "withdraw", "resume"] as const;
export type TrainingStatusEvent = (typeof TRAINING_STATUS_EVENTS)[number];

export const trainingStatusMachine = defineMachine({
  name: "training status",
  states: TRAINING_STATUSES,
  initial: "active",
  events: TRAINING_STATUS_EVENTS,
  transitions: [
    { from: "active", event: "defer", to: "deferred" },
    { from: "active", event: "withdraw", to: "withdrawn" },
    { from: "deferred", event: "withdraw", to: "withdrawn" },
    { from: "deferred", event: "resume", to: "active" },
    { from: "withdrawn", event: "resume", to: "active" },
  ],
});
