/**
 * "Choose provider" (finance dashboard §1.3): the lead providers as radios; "Continue" posts the choice, and the
 * dashboard opens that provider's current statement. Submitting none shows "Select a provider".
 */
import type { LeadProvider } from "@lpkit/engine";
import { jsx as h } from "hono/jsx";
import { errorSummary } from "../components/error-summary.ts";
import { fieldset } from "../components/fieldset.ts";
import { renderPage } from "../components/layout.ts";
import { FINANCE_PATHS } from "../finance-paths.ts";

const SELECT_PROVIDER_ERROR = "Select a provider";

export function chooseProviderPage(providers: readonly LeadProvider[], { error = false } = {}): string {
  const firstId = `lead-provider-${providers[0]?.id ?? ""}`;
  return renderPage(
    { title: "Choose programme scheme", back: FINANCE_PATHS.landing },
    error ? errorSummary([{ text: SELECT_PROVIDER_ERROR, field: firstId }]) : null,
    h(
      "form",
      { method: "post", action: FINANCE_PATHS.chooseProvider, novalidate: true },
      fieldset(
        {
          id: "lead-provider",
          legend: "Choose provider",
          size: "l",
          isPageHeading: true,
          error: error ? SELECT_PROVIDER_ERROR : undefined,
        },
        h(
          "div",
          { class: "govuk-radios", "data-module": "govuk-radios" },
          ...providers.map((provider) =>
            h(
              "div",
              { class: "govuk-radios__item" },
              h("input", {
                class: "govuk-radios__input",
                id: `lead-provider-${provider.id}`,
                name: "lead_provider",
                type: "radio",
                value: provider.id,
              }),
              h(
                "label",
                { class: "govuk-label govuk-radios__label", for: `lead-provider-${provider.id}` },
                provider.name,
              ),
            ),
          ),
        ),
      ),
      h("button", { type: "submit", class: "govuk-button", "data-module": "govuk-button" }, "Continue"),
    ),
  );
}
