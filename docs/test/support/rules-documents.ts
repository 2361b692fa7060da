/**
 * The sections each citation form can name: the numbered headings of `docs/rules/*.md`, and the rows of the numbered
 * validation table of POST /participant-declarations in `spec/ecf-v3.yaml` ("declaration rule N") and in
 * `spec/npq-v3.yaml` ("NPQ declaration rule N").
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { RulesDocument } from "./rule-citations.ts";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

export const rulesDocumentPaths: Readonly<Record<RulesDocument, string>> = {
  "ECF rules": "docs/rules/ecf-api.md",
  "NPQ rules": "docs/rules/npq-api.md",
  "payment rules": "docs/rules/payments.md",
  "finance dashboard": "docs/rules/finance-dashboard.md",
};

/** `## 3.2 Ordered declaration checks` names section `3.2`; `## Q4 The 429 body` names `Q4`. */
const SECTION_HEADING = /^#{2,6} (Q?\d+(?:\.\d+)*)\.? /gm;

export function sectionsOf(markdown: string): Set<string> {
  return new Set([...markdown.matchAll(SECTION_HEADING)].map((match) => match[1] ?? ""));
}

export function readSections(document: RulesDocument): Set<string> {
  return sectionsOf(readFileSync(path.join(repoRoot, rulesDocumentPaths[document]), "utf8"));
}

/** The row numbers of the `| # |` table in the description of one operation of an OpenAPI document's text. */
export function numberedRulesOf(openApiText: string, operationId: string): Set<number> {
  const start = openApiText.indexOf(`operationId: ${operationId}\n`);
  if (start === -1) {
    return new Set();
  }
  const end = openApiText.indexOf("operationId:", start + 1);
  const operation = openApiText.slice(start, end === -1 ? undefined : end);
  return new Set([...operation.matchAll(/^\s*\| (\d+) \| /gm)].map((match) => Number(match[1])));
}

export function readDeclarationRules(spec: "ecf-v3.yaml" | "npq-v3.yaml" = "ecf-v3.yaml"): Set<number> {
  return numberedRulesOf(readFileSync(path.join(repoRoot, "spec", spec), "utf8"), "createParticipantDeclaration");
}
