/**
 * Generates the `paths` types behind `@lpkit/sandbox/msw`'s typed overrides from the project's ECF spec.
 *
 * Run with `pnpm --filter @lpkit/sandbox generate` (or `pnpm generate` at the root). Why the sandbox generates its
 * own copy rather than importing the SDK's: docs/decisions/msw-paths-types.md. The staleness test
 * (test/msw/generated-types.test.ts) calls {@link generateMswTypes} and compares, so the committed file cannot
 * drift from the spec.
 */
import { writeFile } from "node:fs/promises";
import openapiTS, { astToString, type OpenAPITSOptions } from "openapi-typescript";

/** The project's own spec, never DfE's copy. */
export const specUrl = new URL("../../../spec/ecf-v3.yaml", import.meta.url);

/** `*.gen.ts`: Biome leaves generated files alone. */
export const outputUrl = new URL("../src/msw/generated/ecf-v3.gen.ts", import.meta.url);

/**
 * The SDK's options (docs/decisions/sdk-type-generation.md) minus its root-type aliases and enum value arrays:
 * the overrides only need `paths`, and no runtime value should reach the published `msw` entry from here.
 */
export const generatorOptions = {
  // Query parameters with a `default` (page, per_page) stay optional, as in the SDK.
  defaultNonNullable: false,
  alphabetize: true,
  silent: true,
} as const satisfies OpenAPITSOptions;

const HEADER = `/**
 * Generated from spec/ecf-v3.yaml by openapi-typescript (packages/sandbox/scripts/generate-msw-types.ts).
 * Do not edit: run \`pnpm --filter @lpkit/sandbox generate\` after changing the spec.
 */

`;

/** The TypeScript source of the generated file. */
export async function generateMswTypes(): Promise<string> {
  // The URL rather than the text, as the SDK's generator does: a `$ref` into a sibling document resolves against it.
  const ast = await openapiTS(specUrl, generatorOptions);
  return HEADER + astToString(ast);
}

if (import.meta.main) {
  await writeFile(outputUrl, await generateMswTypes());
  process.stdout.write(`Wrote ${outputUrl.pathname}\n`);
}
