/**
 * Reading the finance dashboard's pages in HTTP tests: their table rows and panel lines as cell texts, their money
 * figures in document order, and the statements worth looking at in the seeded world.
 */
import type { Json, SpecClient } from "./spec-client.ts";

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" };

/** The text of some markup: tags dropped, entities decoded, white space collapsed. */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, " ")
    .replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ENTITIES[name] ?? "")
    .replace(/\s+/g, " ")
    .trim();
}

const CELL = /<(td|th|p)\b[^>]*>([\s\S]*?)<\/\1>/g;

/** Every table row and summary panel line, in document order, as the texts of its cells. */
export function pageRows(html: string): string[][] {
  const rows = html.match(/<tr\b[\s\S]*?<\/tr>|<div class="finance-panel__row">[\s\S]*?<\/div>/g) ?? [];
  return rows.map((row) => [...row.matchAll(CELL)].map((cell) => textOf(cell[2] ?? "")));
}

/** The row whose first cell is `label` (the first such row after `after`, when given). */
export function rowLabelled(html: string, label: string): string[] | undefined {
  return pageRows(html).find((row) => row[0] === label);
}

/** Every amount of money the page shows (`£1,234.56`, `-£119.40`), in document order. */
export function moneyFigures(html: string): string[] {
  return textOf(html).match(/-?£[\d,]+\.\d{2}/g) ?? [];
}

/** The part of the page between two markers (a table's test id, a caption...). */
export function section(html: string, from: string, to?: string): string {
  const start = html.indexOf(from);
  if (start === -1) {
    throw new Error(`"${from}" is not on the page`);
  }
  const end = to === undefined ? -1 : html.indexOf(to, start);
  return html.slice(start, end === -1 ? undefined : end);
}

export interface StatementSummary {
  readonly id: string;
  readonly lead_provider_id: string;
  readonly lead_provider_name: string;
  readonly cohort: string;
  readonly month: string;
  readonly year: string;
  readonly status: string;
  readonly cut_off_date: string;
}

/** Every output statement of the world, with its breakdown (both through the spec-checked control API). */
export async function outputStatementsWithBreakdowns(
  client: SpecClient,
): Promise<{ statement: StatementSummary; breakdown: Json }[]> {
  const statements = (await client.get("/__sandbox/statements?fee_type=output&programme=ecf")).body
    .data as StatementSummary[];
  return Promise.all(
    statements.map(async (statement) => ({
      statement,
      breakdown: (await client.get(`/__sandbox/statements/${statement.id}/breakdown`)).body.data,
    })),
  );
}

export function statementPath(statement: StatementSummary): string {
  return `/finance/ecf/payment_breakdowns/${statement.lead_provider_id}/statements/${statement.id}`;
}

/** A form post, as a browser sends it. */
export function form(fields: Record<string, string>) {
  return {
    rawBody: new URLSearchParams(fields).toString(),
    headers: { "content-type": "application/x-www-form-urlencoded" },
  };
}

/** RFC 4180 records: fields split on commas outside double quotes, a quoted field's doubled quotes made single. */
export function csvRows(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const char = csv[i];
    if (quoted) {
      if (char === '"' && csv[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\r" && csv[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else {
      field += char;
    }
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** A CSV's rows as records by header: the control API's declarations CSV, or the dashboard's assurance reports. */
export function csvRecords(csv: string): Record<string, string>[] {
  const [header = [], ...rows] = csvRows(csv);
  return rows.map((row) => Object.fromEntries(row.map((value, index) => [header[index], value])));
}
