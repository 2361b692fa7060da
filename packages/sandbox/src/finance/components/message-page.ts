/** A page that only says something: page not found, or why the dashboard cannot show what was asked. */
import { jsx as h } from "hono/jsx";
import { renderPage } from "./layout.ts";

export function messagePage(heading: string, text: string): string {
  return renderPage(
    { title: heading },
    h("h1", { class: "govuk-heading-l" }, heading),
    h("p", { class: "govuk-body" }, text),
  );
}

export function notFoundPage(): string {
  return messagePage("Page not found", "If you typed the web address, check it is correct.");
}
