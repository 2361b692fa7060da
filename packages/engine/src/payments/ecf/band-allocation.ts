/**
 * Counting one declaration type into the volume bands, cumulatively over a lead provider's statements for a
 * cohort (the service's band allocator). Each band keeps four counters; its net fill is
 * previous billable + billable - previous refundable - refundable, and it never holds more than its capacity or
 * less than nothing.
 *
 * 1. Previous billables fill the bands from A upwards.
 * 2. Previous refunds drain them from the top band down.
 * 3. This statement's billables fill what capacity is left, from A upwards; any beyond the last band are not paid.
 * 4. This statement's refunds drain from the top band down, so a clawback is valued at the highest band that
 *    still holds declarations of its type, whichever band first paid it.
 *
 * Whatever does not fit (step 1 or 3) or finds nothing to drain (step 2 or 4) is dropped by the service; we keep
 * the numbers so that a statement can show them. See docs/decisions/payments-banding.md.
 */
export interface BandFill {
  previousBillable: number;
  previousRefundable: number;
  billable: number;
  refundable: number;
}

export interface BandAllocation {
  /** One fill per band, in allocation order. */
  bands: BandFill[];
  previousBillableBeyondCapacity: number;
  previousRefundableUnmatched: number;
  /** This statement's billable declarations that found no capacity: they are not paid. */
  billableBeyondCapacity: number;
  /** This statement's refunds that found nothing left to drain: they take nothing back. */
  refundableUnmatched: number;
}

export interface TypeCounts {
  previousBillable: number;
  previousRefundable: number;
  billable: number;
  refundable: number;
}

type Counter = keyof BandFill;

function net(band: BandFill): number {
  return band.previousBillable + band.billable - band.previousRefundable - band.refundable;
}

export function allocateToBands(capacities: readonly number[], counts: TypeCounts): BandAllocation {
  const bands: BandFill[] = capacities.map(() => ({
    previousBillable: 0,
    previousRefundable: 0,
    billable: 0,
    refundable: 0,
  }));
  const fill = (counter: Counter, count: number): number => {
    let remaining = count;
    for (const [index, band] of bands.entries()) {
      const taken = Math.min(remaining, Math.max((capacities[index] ?? 0) - net(band), 0));
      band[counter] += taken;
      remaining -= taken;
    }
    return remaining;
  };
  const drain = (counter: Counter, count: number): number => {
    let remaining = count;
    for (const band of bands.toReversed()) {
      const taken = Math.min(remaining, net(band));
      band[counter] += taken;
      remaining -= taken;
    }
    return remaining;
  };
  const previousBillableBeyondCapacity = fill("previousBillable", counts.previousBillable);
  const previousRefundableUnmatched = drain("previousRefundable", counts.previousRefundable);
  const billableBeyondCapacity = fill("billable", counts.billable);
  const refundableUnmatched = drain("refundable", counts.refundable);
  return {
    bands,
    previousBillableBeyondCapacity,
    previousRefundableUnmatched,
    billableBeyondCapacity,
    refundableUnmatched,
  };
}
