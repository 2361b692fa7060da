/**
 * The NPQ service's adjustments table (finance dashboard §3.3): "Description" | "Amount", with
 * "Edit" and "Remove" per adjustment where they can be changed, and the total where the statement page shows it;
 * "There are no adjustments." when there are none. Every amount is the engine's: the stored adjustments and the
 * calculation's adjustments total.
 */
import type { PoundsString, StatementAdjustment } from "@lpkit/engine";
import { jsx as h } from "hono/jsx";
import { FINANCE_PATHS } from "../finance-paths.ts";
import { formatPounds } from "../format.ts";
import { type NpqAdjustmentsView, npqAdjustmentsViewQuery } from "../npq-adjustment-form.ts";
import { numeric, rowHeader, table } from "./table.ts";

export interface NpqAdjustmentsTableOptions {
  /** The calculation's adjustments total, as the statement page shows it under the adjustments. */
  readonly total?: PoundsString;
  /** "Edit" and "Remove" links, keeping the pages' view. */
  readonly actions?: { readonly statementId: string; readonly view: NpqAdjustmentsView };
}

function link(href: string, text: string, hidden: string) {
  return h("a", { class: "govuk-link", href }, text, h("span", { class: "govuk-visually-hidden" }, ` ${hidden}`));
}

export function npqAdjustmentsTable(adjustments: readonly StatementAdjustment[], options: NpqAdjustmentsTableOptions) {
  if (adjustments.length === 0) {
    return h("p", { class: "govuk-body" }, "There are no adjustments.");
  }
  const { actions, total } = options;
  const query = actions === undefined ? "" : npqAdjustmentsViewQuery(actions.view);
  return table({
    testId: "npq-adjustments",
    head: ["Description", { content: "Amount", numeric: true }, ...(actions === undefined ? [] : ["Actions"])],
    rows: [
      ...adjustments.map((adjustment) => [
        adjustment.description,
        numeric(formatPounds(adjustment.amount)),
        ...(actions === undefined
          ? []
          : [
              h(
                "span",
                null,
                link(
                  `${FINANCE_PATHS.npqEditAdjustment(actions.statementId, adjustment.id)}${query}`,
                  "Edit",
                  adjustment.description,
                ),
                h("br", null),
                link(
                  `${FINANCE_PATHS.npqDeleteAdjustment(actions.statementId, adjustment.id)}${query}`,
                  "Remove",
                  adjustment.description,
                ),
              ),
            ]),
      ]),
      ...(total === undefined ? [] : [[rowHeader("Total"), numeric(formatPounds(total))]]),
    ],
  });
}
