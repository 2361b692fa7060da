/**
 * Copies each snippet file into the README block that follows its `<!-- snippet: name -->` marker. The README
 * test fails when they differ; run this (`pnpm --filter @lpkit/sdk readme`) after editing a snippet.
 */
import { readFile, writeFile } from "node:fs/promises";

export const readmeUrl = new URL("../README.md", import.meta.url);
export const snippetsUrl = new URL("../docs/snippets/", import.meta.url);

/** The README text with every marked block replaced by its snippet file. */
export async function syncedReadme(readme: string): Promise<string> {
  const blocks = [...readme.matchAll(/<!-- snippet: ([\w-]+) -->\n```ts\n[\s\S]*?```/g)];
  let synced = readme;
  for (const [block, name] of blocks) {
    const code = await readFile(new URL(`${name}.ts`, snippetsUrl), "utf8");
    synced = synced.replace(block, `<!-- snippet: ${name} -->\n\`\`\`ts\n${code}\`\`\``);
  }
  return synced;
}

if (import.meta.main) {
  await writeFile(readmeUrl, await syncedReadme(await readFile(readmeUrl, "utf8")));
}
