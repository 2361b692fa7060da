/**
 * "Declaration State History" under a declaration in the drill-down (finance dashboard §1.6): each state it has been
 * in, oldest first, when it changed, and why ("N/A" when the service records no reason). As in DfE's app, a small
 * caption and the reason right-aligned.
 */
import type { DeclarationStateChange } from "@lpkit/engine";
import { formatDateTime } from "../format.ts";
import { numeric, table } from "./table.ts";

export function declarationStateHistoryTable(history: readonly DeclarationStateChange[]) {
  return table({
    caption: "Declaration State History",
    captionSize: "s",
    testId: "declaration-state-history",
    head: ["State", "Changed at", { content: "Reason", numeric: true }],
    rows: history.map((change) => [
      change.state,
      formatDateTime(change.at),
      numeric(change.reason === null || change.reason === "" ? "N/A" : change.reason),
    ]),
  });
}
