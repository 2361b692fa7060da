/** GOV.UK Frontend's notification banner: green "Success" after an action, or blue for something to know. */
import { type Child, jsx as h } from "hono/jsx";

export function notificationBanner(kind: "success" | "important", title: string, heading: string, ...body: Child[]) {
  const success = kind === "success";
  return h(
    "div",
    {
      class: `govuk-notification-banner${success ? " govuk-notification-banner--success" : ""}`,
      role: success ? "alert" : "region",
      "aria-labelledby": "govuk-notification-banner-title",
      "data-module": "govuk-notification-banner",
    },
    h(
      "div",
      { class: "govuk-notification-banner__header" },
      h("h2", { class: "govuk-notification-banner__title", id: "govuk-notification-banner-title" }, title),
    ),
    h(
      "div",
      { class: "govuk-notification-banner__content" },
      h("p", { class: "govuk-notification-banner__heading" }, heading),
      ...body,
    ),
  );
}
