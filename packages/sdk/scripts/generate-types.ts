/**
 * Generates the SDK's types from the project's OpenAPI document.
 *
 * Run with `pnpm --filter @lpkit/sdk generate` (or `pnpm generate` at the root). The flags are chosen in
 * `docs/decisions/sdk-type-generation.md`; the staleness test in `test/generated-types.test.ts` calls
 * {@link generateTypes} with the same options, so the committed file cannot drift from the spec.
 */
import { readFile, writeFile } from "node:fs/promises";
import openapiTS, { astToString, type OpenAPITSOptions } from "openapi-typescript";

/** The OpenAPI document the SDK is generated from: the project's own spec, never DfE's copy. */
export const specUrl = new URL("../../../spec/ecf-v3.yaml", import.meta.url);

/** Where the generated types are committed. Biome ignores this folder. */
export const outputUrl = new URL("../src/generated/ecf-v3.ts", import.meta.url);

/** The generator options; each one is justified in docs/decisions/sdk-type-generation.md. */
export const generatorOptions = {
  // `Participant` instead of `components["schemas"]["Participant"]`, with the spec's own spelling.
  rootTypes: true,
  rootTypesNoSchemaPrefix: true,
  rootTypesKeepCasing: true,
  // Unions for enums, plus `as const`-like value arrays for runtime checks (no TS `enum` objects).
  enumValues: true,
  // Query parameters with a `default` (page, per_page) stay optional: by default openapi-typescript makes any
  // property with a default required, which is right for responses but wrong for what the caller sends.
  defaultNonNullable: false,
  // Not `immutable`: openapi-fetch's `Readable<T>` turns readonly arrays into non-iterable objects.
  // Stable, reviewable diffs when the spec is reordered.
  alphabetize: true,
  silent: true,
} as const satisfies OpenAPITSOptions;

const header = `/**
 * Generated from spec/ecf-v3.yaml by openapi-typescript (packages/sdk/scripts/generate-types.ts).
 * Do not edit: run \`pnpm --filter @lpkit/sdk generate\` after changing the spec.
 */

`;

/** Renders the TypeScript source for the document at `source` (a file URL or path). */
export async function generateTypes(source: URL | string = specUrl): Promise<string> {
  const document = await readFile(source, "utf8");
  const ast = await openapiTS(document, generatorOptions);
  return header + astToString(ast);
}

if (import.meta.main) {
  const source = process.argv[2] ?? specUrl;
  const target = process.argv[3] ?? outputUrl;
  await writeFile(target, await generateTypes(source));
  process.stdout.write(`Wrote ${target instanceof URL ? target.pathname : target}\n`);
}
