/** GOV.UK Frontend's table: a caption, a head row, body rows whose first cell may be a row header. */
import { type Child, jsx as h } from "hono/jsx";

export interface TableCell {
  readonly content: Child;
  /** Right-aligned figures (`govuk-table__cell--numeric`). */
  readonly numeric?: boolean;
  /** A row header (`th scope="row"`) rather than a data cell. */
  readonly header?: boolean;
}

export interface TableOptions {
  readonly caption?: string;
  /** The caption's size: `l`, `m` or `s`. */
  readonly captionSize?: "l" | "m" | "s";
  readonly head: readonly (string | TableCell)[];
  readonly rows: readonly (readonly (Child | TableCell)[])[];
  readonly testId?: string;
}

function isCell(value: unknown): value is TableCell {
  return typeof value === "object" && value !== null && "content" in value;
}

export function table(options: TableOptions) {
  const headCells = options.head.map((cell) => {
    const { content, numeric } = typeof cell === "string" ? { content: cell, numeric: false } : cell;
    return h(
      "th",
      { scope: "col", class: `govuk-table__header${numeric ? " govuk-table__header--numeric" : ""}` },
      content,
    );
  });
  const bodyRows = options.rows.map((row) =>
    h(
      "tr",
      { class: "govuk-table__row" },
      ...row.map((value) => {
        const cell = isCell(value) ? value : { content: value };
        return cell.header
          ? h("th", { scope: "row", class: "govuk-table__header" }, cell.content)
          : h("td", { class: `govuk-table__cell${cell.numeric ? " govuk-table__cell--numeric" : ""}` }, cell.content);
      }),
    ),
  );
  return h(
    "table",
    { class: "govuk-table", "data-testid": options.testId },
    options.caption === undefined
      ? null
      : h(
          "caption",
          { class: `govuk-table__caption govuk-table__caption--${options.captionSize ?? "m"}` },
          options.caption,
        ),
    h("thead", { class: "govuk-table__head" }, h("tr", { class: "govuk-table__row" }, ...headCells)),
    h("tbody", { class: "govuk-table__body" }, ...bodyRows),
  );
}

/** A right-aligned figure cell. */
export function numeric(content: Child): TableCell {
  return { content, numeric: true };
}

/** A row header cell. */
export function rowHeader(content: Child): TableCell {
  return { content, header: true };
}
