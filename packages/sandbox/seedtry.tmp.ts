import { seededWorldBuilder } from "/work/main/packages/sandbox/src/seed/seeded-world.ts";
import { worldCounts, worldDigest } from "/work/main/packages/sandbox/src/control/world-digest.ts";
const now = new Date(process.argv[2] ?? "2025-10-01T09:30:00Z");
const size = Number(process.argv[3] ?? 0);
let refusals: any[] = [];
const t0 = performance.now();
const built = seededWorldBuilder({ size, onRefusals: (r) => (refusals = [...r]) })({ seed: 4010, now });
console.log("ms", Math.round(performance.now() - t0));
console.log(worldCounts(built.world));
console.log("scenarios", built.scenarios.length, [...new Set(built.scenarios.map((s) => s.name))].join(","));
const byKind = new Map<string, number>();
for (const r of refusals) { const k = r.command.type + ": " + r.errors.map((e: any) => e.detail).join(" | "); byKind.set(k, (byKind.get(k) ?? 0) + 1); }
console.log("refusals", refusals.length);
for (const [k, v] of [...byKind].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(v, k.slice(0, 300));
const states = new Map<string, number>();
const { declarationState } = await import("@lpkit/engine");
for (const d of Object.values(built.world.declarations)) { const s = declarationState(d); states.set(s, (states.get(s) ?? 0) + 1); }
console.log(states);
const st = new Map<string, number>();
for (const s of Object.values(built.world.statements)) { if (s.feeType==="output") st.set(s.status, (st.get(s.status) ?? 0) + 1); }
console.log(st);
console.log(await worldDigest(built.world));
const { lookup } = await import("@lpkit/engine");
for (const t of Object.values(built.world.teachers).filter((t) => t.fullName && Object.values(built.world.trainingPeriods).some(tp => tp.teacherId === t.id && tp.startedOn === "2024-09-02"))) {
  const decls = Object.values(built.world.declarations).filter((d) => d.teacherId === t.id);
  console.log(t.id, t.funding.ect.firstBecameEligibleAt, decls.map((d) => [d.declarationType, d.paymentStatus, d.statementId && built.world.statements[d.statementId]?.status, d.statementId && built.world.statements[d.statementId]?.deadlineDate]));
}
