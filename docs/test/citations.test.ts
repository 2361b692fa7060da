/**
 * A clone must explain itself: every rule the code, tests, notes and spec cite is written down in this repository.
 * Citation forms are described in docs/rules/README.md.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  findCitations,
  findDeclarationRuleCitations,
  findNpqDeclarationRuleCitations,
  findUnprefixedSections,
  type RulesDocument,
} from "./support/rule-citations.ts";
import {
  numberedRulesOf,
  readDeclarationRules,
  readSections,
  repoRoot,
  rulesDocumentPaths,
  sectionsOf,
} from "./support/rules-documents.ts";
import { findStaleReferences } from "./support/stale-references.ts";
import { trackedTextFiles } from "./support/tracked-files.ts";

describe("finding citations", () => {
  it("reads single sections, open questions and lists", () => {
    const text = [
      "Follows ECF rules §3.2, §5.1 and §Q4.",
      "// payment rules §1.3 or §Q6; ECF rules §6",
      "A rule in ECF rules §1.5. Not a list: §11 here is unprefixed.",
    ].join("\n");
    expect(findCitations(text)).toEqual([
      { document: "ECF rules", section: "3.2", line: 1 },
      { document: "ECF rules", section: "5.1", line: 1 },
      { document: "ECF rules", section: "Q4", line: 1 },
      { document: "payment rules", section: "1.3", line: 2 },
      { document: "payment rules", section: "Q6", line: 2 },
      { document: "ECF rules", section: "6", line: 2 },
      { document: "ECF rules", section: "1.5", line: 3 },
    ]);
    expect(findUnprefixedSections(text)).toEqual([{ text: "§11", line: 3 }]);
  });

  it("follows a citation onto the next line of a comment", () => {
    const text = "/**\n * as ECF rules\n * §6.4 says, and payment rules §2.3,\n * §Q1 and\n * §Q2\n */";
    expect(findCitations(text).map(({ section, line }) => `${section}@${line}`)).toEqual([
      "6.4@3",
      "2.3@3",
      "Q1@4",
      "Q2@5",
    ]);
  });

  it("reads the finance dashboard's sections", () => {
    const text = "// finance dashboard §1.4 and §0; ECF rules §5.2";
    expect(findCitations(text)).toEqual([
      { document: "finance dashboard", section: "1.4", line: 1 },
      { document: "finance dashboard", section: "0", line: 1 },
      { document: "ECF rules", section: "5.2", line: 1 },
    ]);
    expect(findUnprefixedSections(text)).toEqual([]);
  });

  it("leaves other standards' sections alone", () => {
    expect(findUnprefixedSections("See RFC 9110 §10.2.3.")).toEqual([]);
  });

  it("reads the spec's declaration rules, alone, in lists and in ranges", () => {
    const text = "declaration rule 18; Declaration rules 10 and 11\nand declaration rules 1 to 21";
    expect(findDeclarationRuleCitations(text)).toEqual([
      { rule: 18, line: 1 },
      { rule: 10, line: 1 },
      { rule: 11, line: 1 },
      { rule: 1, line: 2 },
      { rule: 21, line: 2 },
    ]);
  });

  it("tells the NPQ declaration rules from the ECF ones", () => {
    const text = "NPQ declaration rule 16, declaration rule 18\nand NPQ declaration rules 20 to 27";
    expect(findDeclarationRuleCitations(text)).toEqual([{ rule: 18, line: 1 }]);
    expect(findNpqDeclarationRuleCitations(text)).toEqual([
      { rule: 16, line: 1 },
      { rule: 20, line: 2 },
      { rule: 27, line: 2 },
    ]);
    expect(findCitations("as NPQ rules §5.2 and §Q5 say")).toEqual([
      { document: "NPQ rules", section: "5.2", line: 1 },
      { document: "NPQ rules", section: "Q5", line: 1 },
    ]);
  });

  it("reads a document's numbered headings", () => {
    const markdown = "# Title\n## 3 Top\n### 3.2 Checks\n## Open questions\n## Q4 The 429 body\n- 5.1 not a heading";
    expect([...sectionsOf(markdown)]).toEqual(["3", "3.2", "Q4"]);
  });

  it("reads the numbered table of one operation", () => {
    const openApi = [
      "      operationId: one",
      "        | # | title |",
      "        | 1 | `a` |",
      "        | 2 | `b` |",
      "      operationId: two",
      "        | 3 | `c` |",
    ].join("\n");
    expect([...numberedRulesOf(openApi, "one")]).toEqual([1, 2]);
  });

  it("finds references a clone cannot follow", () => {
    const text = [
      "see ../shared/reference/ecf-api-rules.md",
      "Catalogue 4.3 and open question 7",
      "reads ../shared/upstream when present",
    ].join("\n");
    expect(findStaleReferences(text).map(({ text: found, line }) => `${line}: ${found}`)).toEqual([
      "1: ../shared/reference/ecf-api-rules.md",
      "2: Catalogue",
      "2: open question 7",
    ]);
  });
});

describe("the repository's citations", () => {
  const files = trackedTextFiles(repoRoot).map((file) => ({
    file,
    text: readFileSync(path.join(repoRoot, file), "utf8"),
  }));
  const sections: Record<RulesDocument, Set<string>> = {
    "ECF rules": readSections("ECF rules"),
    "NPQ rules": readSections("NPQ rules"),
    "payment rules": readSections("payment rules"),
    "finance dashboard": readSections("finance dashboard"),
  };
  const declarationRules = readDeclarationRules();
  const npqDeclarationRules = readDeclarationRules("npq-v3.yaml");

  it("scans the code, tests, notes and spec", () => {
    const scanned = files.map(({ file }) => file);
    expect(scanned).toContain("packages/engine/src/rules/declaration-submission.ts");
    expect(scanned).toContain("docs/decisions/engine-funding-eligibility.md");
    expect(scanned).toContain("spec/ecf-v3.yaml");
    expect(declarationRules.size).toBeGreaterThanOrEqual(21);
    expect(scanned).toContain("spec/npq-v3.yaml");
    expect(npqDeclarationRules.size).toBeGreaterThanOrEqual(27);
  });

  /** Inside a rules document a bare `§5.1` means a section of that same document. */
  const documentOf = (file: string): RulesDocument | undefined =>
    (Object.keys(rulesDocumentPaths) as RulesDocument[]).find((document) => rulesDocumentPaths[document] === file);

  it("every `ECF rules §N`, `NPQ rules §N`, `payment rules §N` and `finance dashboard §N` has its heading", () => {
    const citations = files.flatMap(({ file, text }) => {
      const ownDocument = documentOf(file);
      const crossReferences =
        ownDocument === undefined
          ? []
          : findUnprefixedSections(text).map(({ text: found, line }) => ({
              document: ownDocument,
              section: found.slice(1),
              line,
            }));
      return [...findCitations(text), ...crossReferences].map((citation) => ({ file, ...citation }));
    });
    expect(citations.length).toBeGreaterThan(100);
    const unresolved = citations
      .filter(({ document, section }) => !sections[document].has(section))
      .map(
        ({ file, line, document, section }) =>
          `${file}:${line}: ${document} §${section} has no heading in ${rulesDocumentPaths[document]}`,
      );
    expect(unresolved).toEqual([]);
  });

  it("every `declaration rule N` is a row of the spec's table", () => {
    const unresolved = files.flatMap(({ file, text }) =>
      findDeclarationRuleCitations(text)
        .filter(({ rule }) => !declarationRules.has(rule))
        .map(({ line, rule }) => `${file}:${line}: declaration rule ${rule} is not in spec/ecf-v3.yaml`),
    );
    expect(unresolved).toEqual([]);
  });

  it("every `NPQ declaration rule N` is a row of the NPQ spec's table", () => {
    const unresolved = files.flatMap(({ file, text }) =>
      findNpqDeclarationRuleCitations(text)
        .filter(({ rule }) => !npqDeclarationRules.has(rule))
        .map(({ line, rule }) => `${file}:${line}: NPQ declaration rule ${rule} is not in spec/npq-v3.yaml`),
    );
    expect(unresolved).toEqual([]);
  });

  it("no `§` section is cited without saying which rules document it belongs to", () => {
    const unprefixed = files
      .filter(({ file }) => documentOf(file) === undefined)
      .flatMap(({ file, text }) =>
        findUnprefixedSections(text).map(({ line, text: found }) => `${file}:${line}: ${found}`),
      );
    expect(unprefixed).toEqual([]);
  });

  it("nothing cites the research notes beside the repository", () => {
    const stale = files.flatMap(({ file, text }) =>
      findStaleReferences(text).map(({ line, text: found, fix }) => `${file}:${line}: "${found}": ${fix}`),
    );
    expect(stale).toEqual([]);
  });
});
