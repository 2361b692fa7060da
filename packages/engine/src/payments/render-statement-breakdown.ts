import { count, type Line, layOut, orNone, percent, typeLabel } from "./breakdown-lines.ts";
import { displayPounds } from "./money.ts";
import { npqBreakdownSections } from "./npq/render-npq-breakdown.ts";
import {
  type EcfBandedCalculation,
  type EcfMentorFlatRateCalculation,
  isNpqStatementCalculation,
  type NpqStatementCalculation,
  type StatementCalculation,
} from "./statement-calculation.ts";

/**
 * A statement breakdown as plain text, laid out like the service's statement page: per fee structure the bands,
 * output payments and clawbacks per declaration type and band, declarations not paid, voided declarations,
 * uplift and service fees; then adjustments and the overview with VAT and the total. Rows with nothing on them
 * are left out. An NPQ statement is laid out per course contract instead (see `npqBreakdownSections`).
 */
export function renderStatementBreakdown(
  calculation: StatementCalculation | NpqStatementCalculation,
  title?: string,
): string {
  if (isNpqStatementCalculation(calculation)) {
    return `${npqBreakdownSections(calculation, title).map(layOut).join("\n\n")}\n`;
  }
  const hasFlatRate = calculation.feeStructures.some((fees) => fees.model === "ecf-mentor-flat-rate");
  const sections: Line[][] = [[title ?? `Statement breakdown, ${calculation.cohort} cohort`]];
  for (const fees of calculation.feeStructures) {
    sections.push(fees.model === "ecf-banded" ? bandedLines(fees, hasFlatRate) : flatRateLines(fees));
  }
  if (calculation.adjustments.length > 0) {
    sections.push([
      "Additional adjustments",
      ...calculation.adjustments.map(
        (adjustment): Line => [`  ${adjustment.description}`, displayPounds(adjustment.amount)],
      ),
    ]);
  }
  const totals = calculation.totals;
  sections.push([
    "Overview",
    ["  Output payment", displayPounds(totals.outputPayment)],
    ["  Service fee", displayPounds(totals.serviceFee)],
    ["  Uplift fees", displayPounds(totals.upliftFees)],
    ["  Clawbacks", displayPounds(totals.clawbacks)],
    ["  Additional adjustments", displayPounds(totals.adjustments)],
    ["  Subtotal (net of VAT)", displayPounds(totals.subtotal)],
    [`  VAT (${percent(calculation.vat.applicableRate)})`, displayPounds(totals.vat)],
    ["  Total", displayPounds(totals.total)],
  ]);
  return `${sections.map(layOut).join("\n\n")}\n`;
}

function bandedLines(fees: EcfBandedCalculation, hasFlatRate: boolean): Line[] {
  const lines: Line[] = [hasFlatRate ? "ECTs: banded fees" : "ECTs and mentors: banded fees", "  Bands"];
  for (const band of fees.bands) {
    lines.push(
      `    Band ${band.band}: ${count(band.from)} to ${count(band.to)}, ${displayPounds(band.feePerDeclaration)} per participant, ` +
        `${percent(band.outputFeeRatio)} output, ${percent(band.serviceFeeRatio)} service`,
    );
  }
  const outputs: Line[] = [];
  const clawbacks: Line[] = [];
  const notPaid: Line[] = [];
  let voided = 0;
  for (const type of fees.declarations) {
    for (const band of type.bands) {
      const label = `    ${typeLabel(type.declarationType)} (Band ${band.band})`;
      if (band.billable > 0) {
        outputs.push([
          `${label}: ${count(band.billable)} x ${displayPounds(band.unitFee)}`,
          displayPounds(band.outputPayment),
        ]);
      }
      if (band.refundable > 0) {
        clawbacks.push([
          `${label}: ${count(band.refundable)} x -${displayPounds(band.unitFee)}`,
          displayPounds(band.clawbacks),
        ]);
      }
    }
    if (type.billableBeyondCapacity > 0) {
      notPaid.push(
        `    ${typeLabel(type.declarationType)}: ${count(type.billableBeyondCapacity)} beyond the last band`,
      );
    }
    if (type.refundableUnmatched > 0) {
      notPaid.push(
        `    ${typeLabel(type.declarationType)}: ${count(type.refundableUnmatched)} clawbacks with no band left to drain`,
      );
    }
    voided += type.voided;
  }
  lines.push("  Output payments", ...orNone(outputs), "  Clawbacks", ...orNone(clawbacks));
  if (notPaid.length > 0) {
    lines.push("  Not paid", ...notPaid);
  }
  lines.push(`  Voided declarations: ${count(voided)}`);
  const uplift = fees.uplift;
  if (uplift.feePerDeclaration !== null) {
    lines.push([
      `  Uplift fees: ${count(uplift.billable)} x ${displayPounds(uplift.feePerDeclaration)}`,
      displayPounds(uplift.upliftFees),
    ]);
    if (uplift.refundable > 0) {
      lines.push([
        `  Uplift clawbacks: ${count(uplift.refundable)} x -${displayPounds(uplift.feePerDeclaration)}`,
        displayPounds(uplift.clawbacks),
      ]);
    }
  }
  const serviceFee = fees.serviceFee;
  lines.push(["  Service fee", displayPounds(serviceFee.monthly)]);
  lines.push(
    serviceFee.basis === "monthly-service-fee"
      ? "    As stated in the contract"
      : `    From a recruitment target of ${count(serviceFee.recruitmentTarget)}, less ${displayPounds(serviceFee.setupFeeDeduction)} ` +
          `of set-up fee, over ${serviceFee.numberOfPayments} payments`,
  );
  lines.push(["  Subtotal", displayPounds(fees.totals.subtotal)]);
  return lines;
}

function flatRateLines(fees: EcfMentorFlatRateCalculation): Line[] {
  const lines: Line[] = [`Mentors: flat rate of ${displayPounds(fees.feePerDeclaration)} per mentor`];
  const outputs: Line[] = [];
  const clawbacks: Line[] = [];
  let voided = 0;
  for (const type of fees.declarations) {
    const label = `    ${typeLabel(type.declarationType)} (${percent(type.proportion)})`;
    if (type.billable > 0) {
      outputs.push([
        `${label}: ${count(type.billable)} x ${displayPounds(type.unitFee)}`,
        displayPounds(type.outputPayment),
      ]);
    }
    if (type.refundable > 0) {
      clawbacks.push([
        `${label}: ${count(type.refundable)} x -${displayPounds(type.unitFee)}`,
        displayPounds(type.clawbacks),
      ]);
    }
    voided += type.voided;
  }
  lines.push("  Output payments", ...orNone(outputs), "  Clawbacks", ...orNone(clawbacks));
  lines.push(`  Voided declarations: ${count(voided)}`);
  lines.push(["  Subtotal", displayPounds(fees.totals.subtotal)]);
  return lines;
}
