import { seededWorldBuilder } from "./src/seed/seeded-world.ts";
import { listTransfers, listParticipants, participantView } from "@lpkit/engine";
const now = new Date("2025-10-01T09:30:00Z");
const built = seededWorldBuilder()({ seed: 4010, now });
const w = built.world;
for (const lp of Object.values(w.leadProviders)) {
  const transfers = listTransfers(w, lp.id, { page: { page: 1, perPage: 3000 } } as any, now);
  const kinds: Record<string, number> = {};
  for (const t of transfers) for (const x of t.attributes.transfers) { const k = `${x.transfer_type}/${x.status}/${x.joining?.provider === null ? "school-led" : x.joining ? "prov" : "-"}/${x.leaving.provider===null?"from-sl":""}`; kinds[k] = (kinds[k] ?? 0) + 1; }
  const participants = listParticipants(w, lp.id, { page: { page: 1, perPage: 3000 } } as any, now);
  const ids = participants.filter(p => p.attributes.participant_id_changes.length > 0).length;
  const frozen = participants.filter(p => p.attributes.ecf_enrolments.some(e => e.cohort_changed_after_payments_frozen)).length;
  const emails = participants.filter(p => p.attributes.ecf_enrolments.some(e => typeof e.email !== "string" || e.email === "")).length;
  console.log(lp.name, participants.length, "idchanges", ids, "frozenflag", frozen, "bad emails", emails, JSON.stringify(kinds));
}
// schedule changes
const tps = Object.values(w.trainingPeriods);
const bySp = new Map<string, any[]>();
for (const tp of tps) { const a = bySp.get(tp.schoolPeriodId) ?? []; a.push(tp); bySp.set(tp.schoolPeriodId, a); }
let changes = 0; const samples: string[] = [];
for (const [sp, list] of bySp) if (list.length > 1 && list.every(t => t.withdrawal === null && t.deferral === null)) { changes++; if (samples.length < 6) samples.push(list.map(t => `${t.scheduleId}@${t.startedOn}-${t.finishedOn}`).join(" -> ")); }
console.log("school periods with several periods", changes); console.log(samples.join("\n"));
