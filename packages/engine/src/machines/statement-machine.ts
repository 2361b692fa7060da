/**
 * An output statement's life (ECF rules §5.1): open while declarations can be added, payable once its cut-off has
 * passed, paid when a finance user authorises it. Statements are created in the status their dates give them
 * (`createContractAndStatements`); every later change goes through this table.
 */
import { STATEMENT_STATUSES } from "../model/statement.ts";
import { defineMachine } from "./machine.ts";

export const STATEMENT_EVENTS = ["markPayable", "pay"] as const;
export type StatementEvent = (typeof STATEMENT_EVENTS)[number];

export const statementMachine = defineMachine({
  name: "statement",
  states: STATEMENT_STATUSES,
  initial: "open",
  events: STATEMENT_EVENTS,
  transitions: [
    { from: "open", event: "markPayable", to: "payable" },
    { from: "payable", event: "pay", to: "paid" },
  ],
});
