import { createSandbox } from "@lpkit/sandbox";
const t0 = performance.now();
let last = 0;
const sb = createSandbox({ now: "2025-11-14T12:00:00Z", size: 100_000, onProgress: (p) => { const now = performance.now(); if (now - last > 5000) { last = now; console.log(((now - t0) / 1000).toFixed(1), p.phase, p.done, p.total, (process.memoryUsage().heapUsed / 1e6).toFixed(0)); } } });
console.log("build ms", performance.now() - t0);
globalThis.gc?.();
console.log("heap MB", process.memoryUsage().heapUsed / 1e6, "rss", process.memoryUsage().rss / 1e6);
const lps = await (await sb.fetch(new Request("http://x/__sandbox/lead-providers"))).json();
const lp = lps.data[0];
let t = performance.now();
for (let i = 0; i < 20; i++) { const r = await sb.fetch(new Request("http://x/ecf/api/v3/participants?page[per_page]=100", { headers: { authorization: `Bearer ${lp.token}` } })); await r.text(); }
console.log("list/s in-process", 20 / ((performance.now() - t) / 1000));
