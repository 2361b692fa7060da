import { isJsonObject, type JsonObject } from "./documents.ts";

/** One row of an operation's numbered rule table: `| n | \`title\` | \`detail\` | when |`. */
export interface RuleRow {
  rule: number;
  title: string;
  detail: string;
}

const ruleRow = /^\s*\| (\d+) \| `([^`]+)` \| `([^`]+)` \|/;

/** The numbered rule table in each operation's description, by `operationId` (operations without one are left out). */
export function ruleTablesByOperation(document: JsonObject): Map<string, RuleRow[]> {
  const tables = new Map<string, RuleRow[]>();
  const paths = isJsonObject(document.paths) ? document.paths : {};
  for (const pathItem of Object.values(paths)) {
    if (!isJsonObject(pathItem)) {
      continue;
    }
    for (const operation of Object.values(pathItem)) {
      if (!isJsonObject(operation) || typeof operation.operationId !== "string") {
        continue;
      }
      const description = typeof operation.description === "string" ? operation.description : "";
      const rows = description.split("\n").flatMap((line) => {
        const match = ruleRow.exec(line);
        return match === null ? [] : [{ rule: Number(match[1]), title: match[2]!, detail: match[3]! }];
      });
      if (rows.length > 0) {
        tables.set(operation.operationId, rows);
      }
    }
  }
  return tables;
}

/**
 * The rows of the errors table in the document's description whose status is one of `statuses` and whose title and
 * detail are quoted: `| status | when | \`title\` | \`detail\` |`.
 */
export function requestErrorRows(
  document: JsonObject,
  statuses: readonly number[] = [400, 404],
): { status: number; title: string; detail: string }[] {
  const info = isJsonObject(document.info) ? document.info : {};
  const description = typeof info.description === "string" ? info.description : "";
  return description.split("\n").flatMap((line) => {
    const match = /^\s*\| (\d{3}) \| [^|]+ \| `([^`]+)` \| `([^`]+)` \|$/.exec(line);
    if (match === null || !statuses.includes(Number(match[1]))) {
      return [];
    }
    return [{ status: Number(match[1]), title: match[2]!, detail: match[3]! }];
  });
}
