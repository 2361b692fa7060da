/** A declaration's fields as summary list rows (finance dashboard §1.6 and §1.7), with an optional action on "State". */
import type { Declaration } from "@lpkit/engine";
import { courseOfRole } from "@lpkit/engine";
import { formatDateTime } from "../format.ts";
import type { SummaryRow } from "./summary-list.ts";

export function declarationRows(
  declaration: Declaration,
  state: string,
  leadProviderName: string,
  stateAction?: SummaryRow["action"],
): SummaryRow[] {
  return [
    { key: "Declaration ID", value: declaration.id },
    { key: "Declaration type", value: declaration.declarationType },
    { key: "Declaration date", value: formatDateTime(declaration.declarationDate) },
    { key: "Course identifier", value: courseOfRole(declaration.role) },
    { key: "Evidence held", value: declaration.evidenceHeld ?? "" },
    { key: "Lead provider", value: leadProviderName },
    { key: "State", value: state, ...(stateAction === undefined ? {} : { action: stateAction }) },
    { key: "Created at", value: formatDateTime(declaration.createdAt) },
    { key: "Updated at", value: formatDateTime(declaration.updatedAt) },
  ];
}
