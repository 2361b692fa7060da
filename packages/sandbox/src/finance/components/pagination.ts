/**
 * GOV.UK Frontend's pagination under a long list: "Previous" and "Next", the first and last pages, the current one
 * and its neighbours, ellipses between; then "Showing 1 to 20 of 300 {things}". Nothing when everything fits on one page.
 */
import { jsx as h } from "hono/jsx";

export interface PaginationOptions {
  readonly page: number;
  readonly pageCount: number;
  readonly itemCount: number;
  readonly perPage: number;
  /** What the items are, plural ("statements"). */
  readonly itemName: string;
  /** The address of page `n` (the list's filters kept). */
  readonly href: (page: number) => string;
}

/** The page numbers shown: 1, the last, and the current one with a neighbour each side; null where pages are skipped. */
function pageNumbers(page: number, pageCount: number): (number | null)[] {
  const shown = [...new Set([1, page - 1, page, page + 1, pageCount])]
    .filter((n) => n >= 1 && n <= pageCount)
    .sort((a, b) => a - b);
  return shown.flatMap((n, index) => (index > 0 && n - (shown[index - 1] ?? n) > 1 ? [null, n] : [n]));
}

function arrow(direction: "prev" | "next") {
  const path =
    direction === "prev"
      ? "m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z"
      : "m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z";
  return h(
    "svg",
    {
      class: `govuk-pagination__icon govuk-pagination__icon--${direction}`,
      xmlns: "http://www.w3.org/2000/svg",
      height: "13",
      width: "15",
      "aria-hidden": "true",
      focusable: "false",
      viewBox: "0 0 15 13",
    },
    h("path", { d: path }),
  );
}

function step(direction: "prev" | "next", href: string) {
  const text = direction === "prev" ? "Previous" : "Next";
  return h(
    "div",
    { class: `govuk-pagination__${direction}` },
    h(
      "a",
      { class: "govuk-link govuk-pagination__link", href, rel: direction },
      direction === "prev" ? arrow("prev") : null,
      h(
        "span",
        { class: "govuk-pagination__link-title" },
        text,
        h("span", { class: "govuk-visually-hidden" }, " page"),
      ),
      direction === "next" ? arrow("next") : null,
    ),
  );
}

export function pagination(options: PaginationOptions) {
  const { page, pageCount } = options;
  if (pageCount <= 1) {
    return null;
  }
  const first = (page - 1) * options.perPage + 1;
  const last = Math.min(page * options.perPage, options.itemCount);
  return [
    h(
      "nav",
      { class: "govuk-pagination", "aria-label": "Pagination" },
      page > 1 ? step("prev", options.href(page - 1)) : null,
      h(
        "ul",
        { class: "govuk-pagination__list" },
        ...pageNumbers(page, pageCount).map((n) =>
          n === null
            ? h("li", { class: "govuk-pagination__item govuk-pagination__item--ellipses" }, "⋯")
            : h(
                "li",
                { class: `govuk-pagination__item${n === page ? " govuk-pagination__item--current" : ""}` },
                h(
                  "a",
                  {
                    class: "govuk-link govuk-pagination__link",
                    href: options.href(n),
                    "aria-label": `Page ${n}`,
                    "aria-current": n === page ? "page" : undefined,
                  },
                  String(n),
                ),
              ),
        ),
      ),
      page < pageCount ? step("next", options.href(page + 1)) : null,
    ),
    h(
      "p",
      { class: "govuk-body" },
      "Showing ",
      h("strong", null, String(first)),
      " to ",
      h("strong", null, String(last)),
      " of ",
      h("strong", null, String(options.itemCount)),
      ` ${options.itemName}`,
    ),
  ];
}
