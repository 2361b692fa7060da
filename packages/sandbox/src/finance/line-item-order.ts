/**
 * The order of a statement's lines in a finance CSV (ECF and NPQ alike): by participant name, then by declaration
 * date, id and line status, so that the file is the same every time.
 */
export interface OrderedLineItem {
  readonly declaration: { readonly declarationDate: string; readonly id: string };
  readonly participantName: string;
  readonly status: string;
}

const NAME_ORDER = new Intl.Collator("en-GB");

export function byParticipantName(a: OrderedLineItem, b: OrderedLineItem): number {
  return (
    NAME_ORDER.compare(a.participantName, b.participantName) ||
    compareText(a.declaration.declarationDate, b.declaration.declarationDate) ||
    compareText(a.declaration.id, b.declaration.id) ||
    compareText(a.status, b.status)
  );
}

/** Code-unit order: locale rules must not reorder ids. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
