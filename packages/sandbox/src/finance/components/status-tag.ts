/**
 * A statement's status as a tag (finance dashboard §2.1): Open blue, Payable yellow, Paid green; a paid output
 * statement reads "Authorised for payment".
 */
import type { FeeType, StatementStatus } from "@lpkit/engine";
import { jsx as h } from "hono/jsx";

const COLOURS: Readonly<Record<StatementStatus, string>> = { open: "blue", payable: "yellow", paid: "green" };
const TEXTS: Readonly<Record<StatementStatus, string>> = { open: "Open", payable: "Payable", paid: "Paid" };

export function statusTag(statement: { readonly status: StatementStatus; readonly feeType: FeeType }) {
  const text =
    statement.status === "paid" && statement.feeType === "output" ? "Authorised for payment" : TEXTS[statement.status];
  return h("strong", { class: `govuk-tag govuk-tag--${COLOURS[statement.status]}` }, text);
}
