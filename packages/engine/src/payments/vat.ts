import { decimal, type Fraction, multiply, zero } from "./fraction.ts";

/**
 * VAT on a statement: the contract's rate, charged only when the lead provider is VAT-registered. The rate
 * belongs to the contract (the service's default is 20%), the registration to the lead provider.
 */
export interface VatTerms {
  /** Whether the lead provider is registered for VAT; an unregistered provider's statements carry no VAT. */
  registered: boolean;
  /** A decimal string from "0" to "1", such as "0.20". */
  rate: string;
}

export const defaultVatRate = "0.20";

export function applicableVatRate(terms: VatTerms): Fraction {
  return terms.registered ? decimal(terms.rate) : zero;
}

/** VAT on an unrounded subtotal (the service never rounds the subtotal before taking VAT). */
export function vatOn(subtotal: Fraction, terms: VatTerms): Fraction {
  return multiply(subtotal, applicableVatRate(terms));
}
