import { leadProviderId, sandbox } from "./sandbox.ts";
import { files, log } from "./your-app.ts";

// Your 2025 statements as DfE finance lists them, by payment date, with the service fee statements that the ECF
// API never shows. Filters: lead_provider_id, cohort, fee_type ("output" or "service") and status.
const statements = await sandbox.statements({ lead_provider_id: leadProviderId, cohort: "2025" });
const serviceFee = statements.filter(({ fee_type }) => fee_type === "service");
log.info(`${statements.length} statements for 2025, ${serviceFee.length} of them for the service fee`);

// What the next output statement pays so far, band by band, as DfE calculates it (pounds, as strings).
const [next] = await sandbox.statements({
  lead_provider_id: leadProviderId,
  cohort: "2025",
  fee_type: "output",
  status: "open",
});
if (next === undefined) {
  throw new Error("No open output statement for 2025");
}
const { calculation } = await sandbox.statementBreakdown(next.id);
log.info(`${next.month} ${next.year}: £${calculation.totals.total} so far, VAT included`);

// Each declaration on it, with its band and amount: CSV text (RFC 4180, a header row) for a spreadsheet.
await files.write(`statement-${next.year}-${next.month}.csv`, await sandbox.statementDeclarationsCsv(next.id));
