/**
 * The eight lead providers of DfE's NPQ service with their fixed ids (NPQ rules §9). Their ids are the NPQ
 * service's own: a lead provider that also trains ECTs has another id there (`reference/lead-providers.ts`).
 */
export interface NpqLeadProviderDefinition {
  readonly id: string;
  readonly name: string;
}

export const NPQ_LEAD_PROVIDERS: readonly NpqLeadProviderDefinition[] = [
  { id: "9e35e998-c63b-4136-89c4-e9e18ddde0ea", name: "Ambition Institute" },
  { id: "57ba9e86-559f-4ff4-a6d2-4610c7259b67", name: "Best Practice Network" },
  { id: "79cb41ca-cb6d-405c-b52c-b6f7c752388d", name: "Church of England" },
  { id: "230e67c0-071a-4a48-9673-9d043d456281", name: "LLSE" },
  { id: "3ec607f2-7a3a-421f-9f1a-9aca8a634aeb", name: "National Institute of Teaching" },
  { id: "bc5e4e37-1d64-4149-a06b-ad10d3c55fd0", name: "School-Led Network" },
  { id: "a02ae582-f939-462f-90bc-cebf20fa8473", name: "Teach First" },
  { id: "ef687b3d-c1c0-4566-a295-16d6fa5d0fa7", name: "UCL Institute of Education" },
];
