import { seededWorldBuilder } from "./src/seed/seeded-world.ts";
import { listTransfers } from "@lpkit/engine";
for (const [seed, now] of [[4010,"2025-10-01T09:30:00Z"],[1,"2023-02-14T12:00:00Z"],[99,"2026-07-01T00:00:00Z"],[123456,"2024-11-30T23:59:59Z"],[7,"2027-03-01T00:00:00Z"],[8,"2028-01-01T00:00:00Z"],[5,"2022-10-01T00:00:00Z"],[11,"2021-06-01T00:00:00Z"]] as const) {
  const t=performance.now();
  let refusals: any[] = [];
  const built = seededWorldBuilder({ onRefusals: (r) => (refusals = [...r]) })({ seed, now: new Date(now) });
  const w = built.world;
  const teachers = Object.values(w.teachers);
  const idc = teachers.filter(t=>t.participantIdChanges.length>0).length;
  console.log(seed, now, Math.round(performance.now()-t)+"ms", "teachers", teachers.length, "idchanges", idc, "transfers", Object.keys(w.schoolTransfers).length, "refusals", refusals.length, "scenarios", built.scenarios.length);
  for (const r of refusals.slice(0,5)) console.log(JSON.stringify(r).slice(0,400));
}
