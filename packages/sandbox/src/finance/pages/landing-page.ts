/** "Manage CPD contracts" (finance dashboard §1.2): the way in, each entry a heading link with what it is for. */
import { jsx as h } from "hono/jsx";
import { renderPage, SERVICE_NAME } from "../components/layout.ts";
import { FINANCE_PATHS } from "../finance-paths.ts";

/** The real app's four entries; the sandbox has screens behind the first and the third. */
const ENTRIES = [
  {
    title: "View financial statements",
    text: "View, download and update financial statements for lead providers.",
    href: FINANCE_PATHS.statements,
  },
  {
    title: "Search participant data",
    text: "Search, view and edit participant records, training histories and funding eligibility.",
    href: FINANCE_PATHS.participants,
  },
] as const;

export function landingPage(): string {
  return renderPage(
    { title: SERVICE_NAME },
    h("h1", { class: "govuk-heading-l" }, SERVICE_NAME),
    ...ENTRIES.flatMap((entry) => [
      h("h2", { class: "govuk-heading-m" }, h("a", { class: "govuk-link", href: entry.href }, entry.title)),
      h("p", { class: "govuk-body" }, entry.text),
    ]),
  );
}
