/**
 * The seven lead providers and the cohorts each one delivers (ECF rules §9). Their ids are fixed so that a
 * seeded world, a journal and a test can all name them.
 */
import type { CohortYear } from "./cohorts.ts";

export interface LeadProviderDefinition {
  readonly id: string;
  readonly name: string;
  readonly cohortYears: readonly CohortYear[];
}

function years(from: CohortYear, to: CohortYear): CohortYear[] {
  return Array.from({ length: to - from + 1 }, (_, index) => from + index);
}

export const LEAD_PROVIDERS: readonly LeadProviderDefinition[] = [
  { id: "42ada55f-e7a9-477b-bb84-79db06f871ea", name: "Ambition Institute", cohortYears: years(2021, 2025) },
  { id: "13ae1b36-861c-469b-8c6c-bab494b5acc6", name: "Best Practice Network", cohortYears: years(2021, 2024) },
  { id: "0423eade-3bab-4e8f-b2c7-54ce9aa1aeb6", name: "Capita", cohortYears: years(2021, 2022) },
  { id: "99c7f665-c31a-49d5-b1ba-8c37cb10a322", name: "Teach First", cohortYears: years(2021, 2025) },
  {
    id: "2badbaea-6ce3-455a-aee7-c6c1cd6ba104",
    name: "National Institute of Teaching",
    cohortYears: years(2021, 2025),
  },
  {
    id: "63a8fc0e-b987-405c-9637-f0a1b3b67eb4",
    name: "Education Development Trust",
    cohortYears: years(2021, 2025),
  },
  { id: "e7fbf17c-6f99-4f22-be17-6e3e90bdbe0c", name: "UCL Institute of Education", cohortYears: years(2021, 2025) },
];
