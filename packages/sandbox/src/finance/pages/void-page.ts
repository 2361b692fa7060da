/**
 * "Void declaration" (finance dashboard §1.7): the declaration to void, and the button. When the engine refuses,
 * the page comes back with an error naming the void rule and the service's own message.
 */
import type { Declaration } from "@lpkit/engine";
import { courseOfRole } from "@lpkit/engine";
import { jsx as h } from "hono/jsx";
import { errorSummary } from "../components/error-summary.ts";
import { renderPage } from "../components/layout.ts";
import { summaryList } from "../components/summary-list.ts";
import { FINANCE_PATHS } from "../finance-paths.ts";
import { formatDateTime } from "../format.ts";

export interface VoidPageModel {
  readonly declaration: Declaration;
  readonly state: string;
  readonly leadProviderName: string;
  readonly profileId: string;
  /** Why the engine refused the void, as `describeVoidRefusal` words it. */
  readonly refusal?: string;
}

export function voidPage(model: VoidPageModel): string {
  const { declaration } = model;
  return renderPage(
    { title: "Void declaration", back: FINANCE_PATHS.participant(declaration.teacherId) },
    model.refusal === undefined ? null : errorSummary([{ text: model.refusal }], "This declaration cannot be voided"),
    h("h1", { class: "govuk-heading-l" }, "Void declaration"),
    summaryList([
      { key: "Participant ID", value: declaration.teacherId },
      { key: "Declaration ID", value: declaration.id },
      { key: "Declaration type", value: declaration.declarationType },
      { key: "Declaration date", value: formatDateTime(declaration.declarationDate) },
      { key: "Course identifier", value: courseOfRole(declaration.role) },
      { key: "Lead provider", value: model.leadProviderName },
      { key: "State", value: model.state },
    ]),
    h(
      "form",
      { method: "post", action: FINANCE_PATHS.voidDeclaration(model.profileId, declaration.id), novalidate: true },
      h(
        "button",
        { type: "submit", class: "govuk-button govuk-button--warning", "data-module": "govuk-button" },
        "Void declaration",
      ),
    ),
  );
}
