/**
 * "Statements" (finance dashboard §2.1): the way in to both programmes' statements. A form of four filters ("Lead
 * provider", "Contract year", "Statement date", each "All" by default, and "Statement type", output statements by
 * default) sent with a secondary "View" button, then the table "Lead provider", "Contract year", "Statement",
 * "Status" and a "View" link, twenty to a page.
 */
import { jsx as h } from "hono/jsx";
import { renderPage } from "../components/layout.ts";
import { pagination } from "../components/pagination.ts";
import { type SelectOption, select } from "../components/select.ts";
import { statusTag } from "../components/status-tag.ts";
import { table } from "../components/table.ts";
import { FINANCE_PATHS } from "../finance-paths.ts";
import { statementName } from "../format.ts";
import type { Programme, StatementListOptions, StatementListRow } from "../statement-list.ts";
import { STATEMENT_TYPES, type StatementListQuery, statementListSearch } from "../statement-list-filter.ts";

const STATEMENTS_PER_PAGE = 20;

const PROGRAMME_NAMES: Readonly<Record<Programme, string>> = { ecf: "ECF", npq: "NPQ" };

function withAll(selected: string, options: readonly Omit<SelectOption, "selected">[]): SelectOption[] {
  return [{ value: "", text: "All" }, ...options].map((option) => ({ ...option, selected: option.value === selected }));
}

function filters(query: StatementListQuery, options: StatementListOptions) {
  const providers = (programme: Programme) => ({
    label: PROGRAMME_NAMES[programme],
    options: options.leadProviders[programme].map((provider) => ({
      value: provider.id,
      text: provider.name,
      selected: provider.id === query.leadProviderId,
    })),
  });
  return h(
    "form",
    { method: "get", action: FINANCE_PATHS.statements, novalidate: true },
    select("lead_provider_id", "Lead provider", [
      { value: "", text: "All", selected: query.leadProviderId === "" },
      providers("ecf"),
      providers("npq"),
    ]),
    select(
      "contract_period_year",
      "Contract year",
      withAll(
        query.contractYear,
        options.contractYears.map((year) => ({ value: String(year), text: String(year) })),
      ),
    ),
    select(
      "statement_date",
      "Statement date",
      withAll(
        query.statementDate,
        options.statementDates.map((date) => ({
          value: `${date.year}-${String(date.month).padStart(2, "0")}`,
          text: statementName(date),
        })),
      ),
    ),
    select(
      "statement_type",
      "Statement type",
      STATEMENT_TYPES.map((type) => ({ ...type, selected: type.value === query.statementType })),
    ),
    h(
      "button",
      { type: "submit", class: "govuk-button govuk-button--secondary", "data-module": "govuk-button" },
      "View",
    ),
  );
}

function statementRow(row: StatementListRow) {
  const name = statementName(row);
  return [
    h(
      "span",
      null,
      row.leadProviderName,
      h(
        "span",
        { class: "govuk-caption-s govuk-!-display-block", "data-testid": "programme" },
        PROGRAMME_NAMES[row.programme],
      ),
    ),
    row.contractYear,
    name,
    statusTag(row),
    h(
      "a",
      { class: "govuk-link", href: row.href },
      "View",
      h(
        "span",
        { class: "govuk-visually-hidden" },
        ` ${PROGRAMME_NAMES[row.programme]} statement for ${row.leadProviderName} in ${name}`,
      ),
    ),
  ];
}

export function statementListPage(
  query: StatementListQuery,
  options: StatementListOptions,
  rows: readonly StatementListRow[],
): string {
  const pageCount = Math.max(1, Math.ceil(rows.length / STATEMENTS_PER_PAGE));
  const page = Math.min(query.page, pageCount);
  const shown = rows.slice((page - 1) * STATEMENTS_PER_PAGE, page * STATEMENTS_PER_PAGE);
  return renderPage(
    { title: "Statements", back: FINANCE_PATHS.landing },
    h("h1", { class: "govuk-heading-l" }, "Statements"),
    filters(query, options),
    rows.length === 0
      ? h("p", { class: "govuk-body" }, "No financial statements found")
      : table({
          testId: "statements",
          head: [
            "Lead provider",
            "Contract year",
            "Statement",
            "Status",
            { content: h("span", { class: "govuk-visually-hidden" }, "Actions") },
          ],
          rows: shown.map(statementRow),
        }),
    pagination({
      page,
      pageCount,
      itemCount: rows.length,
      perPage: STATEMENTS_PER_PAGE,
      itemName: "statements",
      href: (n) => `${FINANCE_PATHS.statements}${statementListSearch(query, n)}`,
    }),
  );
}
