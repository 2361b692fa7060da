/** School transfers as a lead provider sees them (ECF rules §2.9): only those leaving or joining its training. */
import { leadProvidersOfTransfer } from "../model/indexes/lead-provider-scopes.ts";
import type { SchoolTransfer } from "../model/school-transfer.ts";
import { findRow, lookup, type World } from "../model/world.ts";
import type { CalendarDate } from "../time/calendar-date.ts";
import { periodGoesOnAfter } from "./period-days.ts";
import { leadProviderIdOf } from "./training-periods.ts";

export type TransferType = "new_school" | "new_provider" | "unknown";
export type TransferStatus = "incomplete" | "complete";

/** The participant's transfers relevant to the provider, in the order their leaving training started. */
export function transfersRelevantTo(world: World, leadProviderId: string, teacherId: string): SchoolTransfer[] {
  const relevant = lookup(world, "schoolTransfersByTeacher", teacherId).filter((transfer) =>
    leadProvidersOfTransfer(world, transfer.id).includes(leadProviderId),
  );
  const leavingStart = (transfer: SchoolTransfer) =>
    findRow(world, "trainingPeriods", transfer.leavingTrainingPeriodId)?.startedOn ?? "";
  return relevant.sort((a, b) => (leavingStart(a) < leavingStart(b) ? -1 : leavingStart(a) > leavingStart(b) ? 1 : 0));
}

/**
 * `unknown` until the joining training is known; `new_provider` when it is delivered by someone else (including
 * school-led training); otherwise `new_school`.
 */
export function transferTypeOf(world: World, transfer: SchoolTransfer): TransferType {
  const leaving = findRow(world, "trainingPeriods", transfer.leavingTrainingPeriodId);
  const joining = findRow(world, "trainingPeriods", transfer.joiningTrainingPeriodId);
  if (joining === undefined) {
    return "unknown";
  }
  const leavingProvider = leaving === undefined ? null : leadProviderIdOf(world, leaving);
  return leavingProvider !== leadProviderIdOf(world, joining) ? "new_provider" : "new_school";
}

/** Incomplete while the leaving training has not ended yet or the joining training has not started yet. */
export function transferStatusOf(world: World, transfer: SchoolTransfer, today: CalendarDate): TransferStatus {
  const leaving = findRow(world, "trainingPeriods", transfer.leavingTrainingPeriodId);
  const joining = findRow(world, "trainingPeriods", transfer.joiningTrainingPeriodId);
  const leavingPending = leaving === undefined || periodGoesOnAfter(leaving, today);
  const joiningPending = joining !== undefined && joining.startedOn > today;
  return leavingPending || joiningPending ? "incomplete" : "complete";
}
