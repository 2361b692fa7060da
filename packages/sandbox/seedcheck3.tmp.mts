import { seededWorldBuilder } from "./src/seed/seeded-world.ts";
let bad = 0;
for (let i = 0; i < 40; i++) {
  const seed = 1000 + i * 7919;
  const now = new Date(Date.UTC(2021, 8, 1) + ((i * 104729) % (365 * 7)) * 86400000 + (i * 3600000 * 5) % 86400000);
  let refusals: any[] = [];
  try {
    seededWorldBuilder({ onRefusals: (r) => (refusals = [...r]) })({ seed, now });
  } catch (e) { console.log("THROW", seed, now.toISOString(), String(e)); bad++; continue; }
  if (refusals.length) { bad++; console.log(seed, now.toISOString(), refusals.length, JSON.stringify(refusals[0]).slice(0, 500)); }
}
console.log("bad", bad);
