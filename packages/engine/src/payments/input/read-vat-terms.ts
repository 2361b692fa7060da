import { defaultVatRate, type VatTerms } from "../vat.ts";
import { type FieldReader, field, fieldPath } from "./field-reader.ts";

const vatKeys = ["registered", "rate"] as const;

/** `{ registered, rate }`, where a rate left out is the service's default of "0.20". */
export function readVatTerms(reader: FieldReader, value: unknown, path: string): VatTerms | undefined {
  const record = reader.object(value, path, vatKeys);
  if (!record) {
    return undefined;
  }
  const registered = reader.boolean(field(record, "registered"), fieldPath(path, "registered"));
  const rateValue = field(record, "rate") ?? defaultVatRate;
  const rate = reader.ratio(rateValue, fieldPath(path, "rate"));
  return registered === undefined || !rate ? undefined : { registered, rate: rateValue as string };
}
