import { createSandbox } from "../src/index.ts";
let t = performance.now();
const sandbox = createSandbox({ now: "2025-10-01T09:30:00Z", size: 20000 });
console.log("build", Math.round(performance.now() - t), "ms", Object.keys(sandbox.control.state.world.declarations).length, "declarations");
const counts = new Map<string, number>();
for (const d of Object.values(sandbox.control.state.world.declarations)) if (d.statementId) counts.set(d.statementId, (counts.get(d.statementId) ?? 0) + 1);
const [busiest, n] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
for (let i = 0; i < 3; i++) {
  t = performance.now();
  const r = await sandbox.app.request(`/__sandbox/statements/${busiest}/declarations.csv`);
  const text = await r.text();
  console.log("csv", n, "rows on statement", Math.round(performance.now() - t), "ms", text.length);
  t = performance.now();
  await (await sandbox.app.request(`/__sandbox/statements/${busiest}/breakdown`)).json();
  console.log("breakdown", Math.round(performance.now() - t), "ms");
}
