/**
 * Run as `node modules-loaded-by.ts <specifier>`: imports the specifier in a fresh Node process and prints, as a
 * JSON array, the URL of every module that import resolved (its whole graph, as loaded).
 */
import { registerHooks } from "node:module";

const specifier = process.argv[2];
if (specifier === undefined) {
  throw new Error("usage: node modules-loaded-by.ts <specifier>");
}
const resolved: string[] = [];
registerHooks({
  resolve(request, context, nextResolve) {
    const result = nextResolve(request, context);
    resolved.push(result.url);
    return result;
  },
});
await import(specifier);
process.stdout.write(JSON.stringify(resolved));
