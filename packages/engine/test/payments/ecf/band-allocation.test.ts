import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allocateToBands, type BandFill, type TypeCounts } from "../../../src/payments/ecf/band-allocation.ts";

const counts = (partial: Partial<TypeCounts>): TypeCounts => ({
  previousBillable: 0,
  previousRefundable: 0,
  billable: 0,
  refundable: 0,
  ...partial,
});
const billable = (bands: BandFill[]) => bands.map((band) => band.billable);
const refundable = (bands: BandFill[]) => bands.map((band) => band.refundable);
const net = (band: BandFill) => band.previousBillable + band.billable - band.previousRefundable - band.refundable;

describe("allocateToBands", () => {
  it("fills what earlier statements left: 2,100 before and 2,000 now give A 0, B 1,900, C 100", () => {
    const allocation = allocateToBands([2000, 2000, 2000], counts({ previousBillable: 2100, billable: 2000 }));
    expect(allocation.bands.map((band) => band.previousBillable)).toEqual([2000, 100, 0]);
    expect(billable(allocation.bands)).toEqual([0, 1900, 100]);
    expect(allocation.billableBeyondCapacity).toBe(0);
  });

  it("fills 1,900 before and 2,500 now as A 100, B 2,000, C 400", () => {
    const allocation = allocateToBands([2000, 2000, 2000], counts({ previousBillable: 1900, billable: 2500 }));
    expect(billable(allocation.bands)).toEqual([100, 2000, 400]);
  });

  it("does not pay declarations beyond the last band", () => {
    const allocation = allocateToBands([2000, 2000], counts({ previousBillable: 3500, billable: 1000 }));
    expect(billable(allocation.bands)).toEqual([0, 500]);
    expect(allocation.billableBeyondCapacity).toBe(500);
  });

  it("keeps earlier declarations beyond the last band out of the bands", () => {
    const allocation = allocateToBands([10], counts({ previousBillable: 15, billable: 3 }));
    expect(allocation.previousBillableBeyondCapacity).toBe(5);
    expect(allocation.billableBeyondCapacity).toBe(3);
  });

  it("drains clawbacks from the highest band that holds declarations", () => {
    const allocation = allocateToBands([100, 100, 100], counts({ previousBillable: 150, refundable: 60 }));
    expect(refundable(allocation.bands)).toEqual([10, 50, 0]);
    expect(allocation.refundableUnmatched).toBe(0);
  });

  it("drains this statement's own billables first when they sit in the top band", () => {
    const allocation = allocateToBands([100, 100], counts({ previousBillable: 90, billable: 20, refundable: 15 }));
    expect(billable(allocation.bands)).toEqual([10, 10]);
    expect(refundable(allocation.bands)).toEqual([5, 10]);
  });

  it("frees capacity refunded on earlier statements for this statement's billables", () => {
    const allocation = allocateToBands(
      [100, 100],
      counts({ previousBillable: 150, previousRefundable: 60, billable: 20 }),
    );
    expect(allocation.bands.map((band) => band.previousRefundable)).toEqual([10, 50]);
    expect(billable(allocation.bands)).toEqual([10, 10]);
  });

  it("drops refunds that exceed what the bands hold (a band never goes below zero)", () => {
    const allocation = allocateToBands(
      [100, 100],
      counts({ previousBillable: 30, previousRefundable: 40, refundable: 5 }),
    );
    expect(allocation.previousRefundableUnmatched).toBe(10);
    expect(allocation.refundableUnmatched).toBe(5);
    expect(allocation.bands.map(net)).toEqual([0, 0]);
  });

  it("caps earlier billables before subtracting earlier refunds, as the service's allocator does", () => {
    // 2,500 earlier billables fill A and B (500 do not fit); 300 earlier refunds drain B, leaving room for 300.
    const allocation = allocateToBands(
      [1000, 1000],
      counts({ previousBillable: 2500, previousRefundable: 300, billable: 400 }),
    );
    expect(billable(allocation.bands)).toEqual([0, 300]);
    expect(allocation.billableBeyondCapacity).toBe(100);
  });

  it("allocates nothing for an empty statement", () => {
    const allocation = allocateToBands([2000, 2000, 2000], counts({}));
    expect(allocation.bands.map(net)).toEqual([0, 0, 0]);
    expect(allocation.billableBeyondCapacity + allocation.refundableUnmatched).toBe(0);
  });

  it("conserves every declaration and keeps each band between empty and full", () => {
    const capacities = fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 5 });
    const count = fc.integer({ min: 0, max: 300 });
    fc.assert(
      fc.property(capacities, count, count, count, count, (caps, pb, pr, cb, cr) => {
        const allocation = allocateToBands(
          caps,
          counts({ previousBillable: pb, previousRefundable: pr, billable: cb, refundable: cr }),
        );
        const total = (pick: (band: BandFill) => number) => allocation.bands.reduce((sum, band) => sum + pick(band), 0);
        expect(total((band) => band.previousBillable) + allocation.previousBillableBeyondCapacity).toBe(pb);
        expect(total((band) => band.previousRefundable) + allocation.previousRefundableUnmatched).toBe(pr);
        expect(total((band) => band.billable) + allocation.billableBeyondCapacity).toBe(cb);
        expect(total((band) => band.refundable) + allocation.refundableUnmatched).toBe(cr);
        allocation.bands.forEach((band, index) => {
          expect(net(band)).toBeGreaterThanOrEqual(0);
          expect(net(band)).toBeLessThanOrEqual(caps[index] ?? 0);
        });
        // Nothing is left unpaid while a band still has room, and nothing left unmatched while one holds any.
        if (allocation.billableBeyondCapacity > 0) {
          allocation.bands.forEach((band, index) => {
            expect(band.previousBillable + band.billable - band.previousRefundable).toBe(caps[index]);
          });
        }
        if (allocation.refundableUnmatched > 0) {
          expect(allocation.bands.map(net)).toEqual(caps.map(() => 0));
        }
      }),
    );
  });
});
