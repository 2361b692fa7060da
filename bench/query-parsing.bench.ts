// What a hostile query string costs: the same request with a plain short query, with a 16 KB name of open brackets
// (read as one odd key, as Rails reads it) and with 8,000 levels of `[]` (refused at Rails' depth limit of 100).
// Query parameters are built in time proportional to the name's length, so the aim is that neither hostile row costs
// more than a few times the baseline (before, the nested names took hundreds of milliseconds each).
import { createSandbox } from "@lpkit/sandbox";
import { median, printRatios } from "./measure.ts";

const TOKEN = "ambition-institute";
const REQUESTS = 200;
const ROUNDS = 7;
const PATH = "/ecf/api/v3/participants/transfers?page[per_page]=1";

const sandbox = createSandbox({ now: "2025-10-01T09:30:00Z", size: 50 });

const subjects = [
  { name: "plain short query", query: "&sort=created_at", status: 200 },
  { name: "16 KB of open brackets", query: `&a${"[".repeat(16_000)}=1`, status: 200 },
  { name: "8,000 levels of []", query: `&a${"[]".repeat(8_000)}=1`, status: 400 },
];

async function timeRequests(query: string, status: number): Promise<number> {
  const start = performance.now();
  for (let index = 0; index < REQUESTS; index += 1) {
    const response = await sandbox.fetch(
      new Request(`http://localhost${PATH}${query}`, { headers: { authorization: `Bearer ${TOKEN}` } }),
    );
    await response.arrayBuffer();
    if (response.status !== status) {
      throw new Error(`expected ${status}, got ${response.status}`);
    }
  }
  return (performance.now() - start) / REQUESTS;
}

const times = subjects.map((): number[] => []);
for (let round = 0; round < ROUNDS + 1; round += 1) {
  for (const [index, subject] of subjects.entries()) {
    const milliseconds = await timeRequests(subject.query, subject.status);
    if (round > 0) {
      times[index]?.push(milliseconds);
    }
  }
}
printRatios(
  subjects.map((subject, index) => ({ name: subject.name, value: median(times[index] ?? []) })),
  { heading: "ms per request", digits: 3 },
);
