/**
 * Finds citations of the rules documents in a file's text: `ECF rules §3.2`, `NPQ rules §5.2`, `payment rules §Q6`,
 * `finance dashboard §1.4`,
 * lists such as `ECF rules §3.2, §5.1` or `§Q3 and §Q4`, and a citation wrapped onto the next line of a comment. It
 * also finds `§` numbers that follow no prefix, which cannot be resolved because they do not say which document they
 * mean, and the specs' numbered declaration rules (`declaration rule 18`, `declaration rules 10 and 11` in
 * `ecf-v3.yaml`; `NPQ declaration rule 16` in `npq-v3.yaml`).
 */

export type RulesDocument = "ECF rules" | "NPQ rules" | "payment rules" | "finance dashboard";

export interface Citation {
  readonly document: RulesDocument;
  /** `3.2`, `6` or `Q4`: the heading's number in the document. */
  readonly section: string;
  /** 1-based line of the `§` that names the section. */
  readonly line: number;
}

export interface UnprefixedSection {
  readonly text: string;
  readonly line: number;
}

const SECTION = String.raw`§(Q?\d+(?:\.\d+)*)`;
/** Words of a citation are separated by spaces, or by a line break and a comment's continuation marker. */
const GAP = String.raw`(?:[ \t]+|[ \t]*\r?\n[ \t]*(?:\*|\/\/|#)?[ \t]*)`;
const LIST_SEPARATOR = `(?:,|${GAP}and|${GAP}or)${GAP}`;
const CITATION = new RegExp(
  String.raw`\b(?:(ECF|NPQ|payment)${GAP}rules|(finance)${GAP}dashboard)${GAP}${SECTION}(?:${LIST_SEPARATOR}${SECTION})*`,
  "g",
);

function documentNamed(match: RegExpMatchArray): RulesDocument {
  if (match[2] === "finance") {
    return "finance dashboard";
  }
  return match[1] === "payment" ? "payment rules" : `${match[1] as "ECF" | "NPQ"} rules`;
}
const ANY_SECTION = new RegExp(SECTION, "g");
/** Other standards number their sections with `§` too (`RFC 9110 §10.2.3`). */
const OTHER_STANDARD_BEFORE = /RFC\s+\d+\s*$/;

function lineAt(text: string, index: number): number {
  let line = 1;
  for (
    let position = text.indexOf("\n");
    position !== -1 && position < index;
    position = text.indexOf("\n", position + 1)
  ) {
    line += 1;
  }
  return line;
}

/** Every section cited, with the `§` offsets they were found at (to tell prefixed from unprefixed ones). */
function scan(text: string): { citations: Citation[]; citedOffsets: Set<number> } {
  const citations: Citation[] = [];
  const citedOffsets = new Set<number>();
  for (const match of text.matchAll(CITATION)) {
    const document = documentNamed(match);
    const firstSection = match[0].indexOf("§");
    for (const section of match[0].slice(firstSection).matchAll(ANY_SECTION)) {
      const offset = match.index + firstSection + section.index;
      citedOffsets.add(offset);
      citations.push({ document, section: section[1] ?? "", line: lineAt(text, offset) });
    }
  }
  return { citations, citedOffsets };
}

export function findCitations(text: string): Citation[] {
  return scan(text).citations;
}

export function findUnprefixedSections(text: string): UnprefixedSection[] {
  const { citedOffsets } = scan(text);
  const unprefixed: UnprefixedSection[] = [];
  for (const match of text.matchAll(ANY_SECTION)) {
    const lineStart = text.lastIndexOf("\n", match.index) + 1;
    if (citedOffsets.has(match.index) || OTHER_STANDARD_BEFORE.test(text.slice(lineStart, match.index))) {
      continue;
    }
    unprefixed.push({ text: match[0], line: lineAt(text, match.index) });
  }
  return unprefixed;
}

export interface DeclarationRuleCitation {
  readonly rule: number;
  readonly line: number;
}

const RULE_NUMBERS = String.raw`rules?${GAP}\d+(?:(?:,|${GAP}and|${GAP}or|${GAP}to|-)${GAP}?\d+)*`;
/** `declaration rule N` names a row of `ecf-v3.yaml`'s table, unless `NPQ` comes first. */
const DECLARATION_RULES = new RegExp(String.raw`(?<!\bNPQ${GAP})\bdeclaration${GAP}${RULE_NUMBERS}`, "gi");
const NPQ_DECLARATION_RULES = new RegExp(String.raw`\bNPQ${GAP}declaration${GAP}${RULE_NUMBERS}`, "g");

function ruleCitations(text: string, pattern: RegExp): DeclarationRuleCitation[] {
  return [...text.matchAll(pattern)].flatMap((match) => {
    const firstNumber = match[0].search(/\d/);
    return [...match[0].slice(firstNumber).matchAll(/\d+/g)].map((rule) => ({
      rule: Number(rule[0]),
      line: lineAt(text, match.index + firstNumber + rule.index),
    }));
  });
}

export function findDeclarationRuleCitations(text: string): DeclarationRuleCitation[] {
  return ruleCitations(text, DECLARATION_RULES);
}

/** `NPQ declaration rule 16`: a row of the table of POST /participant-declarations in `npq-v3.yaml`. */
export function findNpqDeclarationRuleCitations(text: string): DeclarationRuleCitation[] {
  return ruleCitations(text, NPQ_DECLARATION_RULES);
}
