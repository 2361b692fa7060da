import { DECLARATION_TYPES } from "../../reference/declaration-types.ts";
import { type Fraction, fraction } from "../fraction.ts";

/**
 * The declaration types a statement pays, in milestone order, and the share of a band's output payment each one
 * earns. Started, the four retained and completed add up to the whole output portion of the price; extended
 * declarations are paid on top. They are the API's nine types: the reference data is plain constants, so the
 * calculator still depends on nothing but its input.
 */
export const ecfPaymentDeclarationTypes = DECLARATION_TYPES;

export type EcfPaymentDeclarationType = (typeof ecfPaymentDeclarationTypes)[number];

const twentyPercent = fraction(20n, 100n);
const fifteenPercent = fraction(15n, 100n);

/** proportion(t) in unit(t, b) = proportion(t) x output ratio(b) x price(b). */
export const outputFeeProportions: Readonly<Record<EcfPaymentDeclarationType, Fraction>> = {
  started: twentyPercent,
  "retained-1": fifteenPercent,
  "retained-2": fifteenPercent,
  "retained-3": fifteenPercent,
  "retained-4": fifteenPercent,
  completed: twentyPercent,
  "extended-1": fifteenPercent,
  "extended-2": fifteenPercent,
  "extended-3": fifteenPercent,
};

/** Mentors on the 2025+ flat rate are paid half the fee when they start and half when they complete. */
export const mentorFlatRateDeclarationTypes = ["started", "completed"] as const;

export type MentorFlatRateDeclarationType = (typeof mentorFlatRateDeclarationTypes)[number];

export const mentorFlatRateProportions: Readonly<Record<MentorFlatRateDeclarationType, Fraction>> = {
  started: fraction(1n, 2n),
  completed: fraction(1n, 2n),
};
