/**
 * Ways of citing the service's behaviour that a clone cannot follow: the research notes kept beside the repository
 * (`../shared/...`, which they used to be cited from as "the catalogue"), and open questions without the document
 * they belong to. Only DfE's published OpenAPI documents may be read from beside the repository (`../shared/upstream`),
 * by the optional upstream comparison of `spec/`.
 */

export interface StaleReference {
  readonly text: string;
  readonly line: number;
  readonly fix: string;
}

const STALE: readonly { pattern: RegExp; fix: string }[] = [
  {
    pattern: /\.\.\/shared\/(?!upstream\b)[\w./-]*/g,
    fix: "cite the project's own documents (docs/rules/, spec/ecf-v3.yaml); only ../shared/upstream may be read",
  },
  {
    pattern: /\bcatalogu\w*/gi,
    fix: "cite `ECF rules §N` or `payment rules §N`, or say it in plain words",
  },
  {
    pattern: /\bopen questions?\s+\d+/gi,
    fix: "cite `ECF rules §QN` or `payment rules §QN`",
  },
];

export function findStaleReferences(text: string): StaleReference[] {
  const lines = text.split("\n");
  return lines.flatMap((lineText, index) =>
    STALE.flatMap(({ pattern, fix }) =>
      [...lineText.matchAll(pattern)].map((match) => ({ text: match[0], line: index + 1, fix })),
    ),
  );
}
