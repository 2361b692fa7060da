/**
 * The page every dashboard screen sits in: GOV.UK Frontend's template (skip link, header, service navigation, a
 * phase banner saying this is the sandbox, the back link, main, footer), with the stylesheet and script the sandbox
 * serves itself. Written with Hono's JSX runtime (`jsx` called as a function: Node runs the sandbox's `.ts` sources
 * directly and cannot run `.tsx`; see docs/decisions/finance-dashboard.md), which escapes every text and attribute.
 */
import { type Child, jsx as h } from "hono/jsx";
import { FINANCE_ASSETS_PATH } from "../govuk-frontend-assets.ts";

export const SERVICE_NAME = "Manage CPD contracts";

export interface PageOptions {
  /** The page's own title; the service's name follows it in the browser's title. */
  readonly title: string;
  /** Where "Back" goes, when the page has one. */
  readonly back?: string;
}

/** The whole document, as HTML text. */
export function renderPage(options: PageOptions, ...content: Child[]): string {
  const document = h(
    "html",
    { lang: "en", class: "govuk-template" },
    h(
      "head",
      null,
      h("meta", { charset: "utf-8" }),
      h("title", null, `${options.title} - ${SERVICE_NAME} - lpkit sandbox`),
      h("meta", { name: "viewport", content: "width=device-width, initial-scale=1, viewport-fit=cover" }),
      h("link", { rel: "icon", href: `${FINANCE_ASSETS_PATH}/assets/images/favicon.svg`, type: "image/svg+xml" }),
      h("link", { rel: "stylesheet", href: `${FINANCE_ASSETS_PATH}/govuk-frontend.min.css` }),
      h("link", { rel: "stylesheet", href: `${FINANCE_ASSETS_PATH}/finance.css` }),
    ),
    h(
      "body",
      { class: "govuk-template__body" },
      h("a", { href: "#main-content", class: "govuk-skip-link" }, "Skip to main content"),
      header(),
      h(
        "div",
        { class: "govuk-width-container" },
        phaseBanner(),
        options.back === undefined ? null : h("a", { href: options.back, class: "govuk-back-link" }, "Back"),
        h("main", { class: "govuk-main-wrapper", id: "main-content" }, ...content),
      ),
      footer(),
      h("script", { type: "module", src: `${FINANCE_ASSETS_PATH}/init.js` }),
    ),
  );
  return `<!DOCTYPE html>${document.toString()}`;
}

/**
 * GOV.UK Frontend 6's header and service navigation, inside the template's header landmark. The header names the
 * sandbox rather than showing the GOV.UK logo: this is not a GOV.UK service.
 */
function header() {
  return h(
    "header",
    { class: "govuk-template__header" },
    h(
      "div",
      { class: "govuk-header" },
      h(
        "div",
        { class: "govuk-header__container govuk-width-container" },
        h(
          "div",
          { class: "govuk-header__logo" },
          h(
            "a",
            { href: "/finance", class: "govuk-header__homepage-link" },
            h("span", { class: "govuk-header__product-name" }, "lpkit sandbox"),
          ),
        ),
      ),
    ),
    h(
      "section",
      { class: "govuk-service-navigation", "aria-label": "Service information" },
      h(
        "div",
        { class: "govuk-width-container" },
        h(
          "div",
          { class: "govuk-service-navigation__container" },
          h(
            "span",
            { class: "govuk-service-navigation__service-name" },
            h("a", { href: "/finance/manage-cpd-contracts", class: "govuk-service-navigation__link" }, SERVICE_NAME),
          ),
        ),
      ),
    ),
  );
}

function phaseBanner() {
  return h(
    "div",
    { class: "govuk-phase-banner" },
    h(
      "p",
      { class: "govuk-phase-banner__content" },
      h("strong", { class: "govuk-tag govuk-phase-banner__content__tag" }, "Sandbox"),
      h(
        "span",
        { class: "govuk-phase-banner__text" },
        "DfE's finance screens, drawn from this sandbox's own world: no real data, no sign-in.",
      ),
    ),
  );
}

function footer() {
  return h(
    "footer",
    { class: "govuk-footer" },
    h(
      "div",
      { class: "govuk-width-container" },
      h(
        "div",
        { class: "govuk-footer__meta" },
        h(
          "div",
          { class: "govuk-footer__meta-item govuk-footer__meta-item--grow" },
          h(
            "p",
            { class: "govuk-body-s" },
            "Lead Provider Kit sandbox. Styled with GOV.UK Frontend (MIT), served by the sandbox itself.",
          ),
        ),
      ),
    ),
  );
}
