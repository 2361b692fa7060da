/**
 * The README's MSW section shows real, tested code: each ```ts block is marked with the repository path of a file
 * (`<!-- snippet: examples/vitest-msw/vitest.setup.ts -->`) and must be that file exactly. The files belong to
 * examples/vitest-msw, whose tests run them.
 */
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";

const repository = new URL("../../../../", import.meta.url);
const readmeUrl = new URL("../../README.md", import.meta.url);

async function mswSection(): Promise<string> {
  const readme = await readFile(readmeUrl, "utf8");
  const start = readme.indexOf("\n## MSW");
  expect(start, "the README has an MSW section").toBeGreaterThan(-1);
  const end = readme.indexOf("\n## ", start + 1);
  return readme.slice(start, end === -1 ? undefined : end);
}

describe("README, MSW section", () => {
  it("marks every TypeScript block with the file it shows", async () => {
    const blocks = [...(await mswSection()).matchAll(/(?:<!-- snippet: ([\w./-]+) -->\n)?```ts\n([\s\S]*?)```/g)];
    expect(blocks.length).toBeGreaterThan(2);
    for (const [, path, code] of blocks) {
      expect(path, `a \`\`\`ts block without a <!-- snippet: path --> marker:\n${code}`).toBeDefined();
    }
  });

  it("shows each file exactly as it is", async () => {
    for (const [, path, code] of (await mswSection()).matchAll(/<!-- snippet: ([\w./-]+) -->\n```ts\n([\s\S]*?)```/g)) {
      const file = await readFile(new URL(path ?? "", repository), "utf8");
      expect(code, `the README block of ${path} differs from the file: copy the file into the README`).toBe(file);
    }
  });
});
