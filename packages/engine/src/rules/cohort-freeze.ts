import type { Cohort } from "../model/cohort.ts";
import { instantOf } from "../time/instant.ts";

/** A cohort whose payments are frozen: its freeze instant is set and has been reached (ECF rules §5.3). */
export function isPaymentsFrozen(cohort: Cohort | undefined, now: Date): boolean {
  return cohort?.paymentsFrozenAt != null && cohort.paymentsFrozenAt <= instantOf(now);
}
