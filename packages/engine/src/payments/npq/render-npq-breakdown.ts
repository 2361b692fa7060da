import { monthName } from "../../time/calendar-date.ts";
import { count, type Line, orNone, typeLabel } from "../breakdown-lines.ts";
import { displayPounds } from "../money.ts";
import type { NpqCourseCalculation, NpqStatementCalculation } from "../statement-calculation.ts";

/**
 * An NPQ statement as sections of text, laid out like the service's statement page: per course its output payments
 * and clawbacks per declaration type, targeted delivery funding, voided declarations and service fee; then
 * adjustments and the overview. Special courses are marked as paid apart. No VAT.
 */
export function npqBreakdownSections(calculation: NpqStatementCalculation, title?: string): Line[][] {
  const [year = "", month = "1"] = calculation.statementMonth.split("-");
  const sections: Line[][] = [
    [title ?? `NPQ statement breakdown, ${monthName(Number(month))} ${year}, ${calculation.cohort} cohort`],
  ];
  for (const course of calculation.feeStructures) {
    sections.push(courseLines(course));
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
  const overview: Line[] = [
    "Overview",
    ["  Output payment", displayPounds(totals.outputPayment)],
    ["  Service fee", displayPounds(totals.serviceFee)],
    ["  Targeted delivery funding", displayPounds(totals.targetedDeliveryFunding)],
    ["  Clawbacks", displayPounds(totals.clawbacks)],
    ["  Additional adjustments", displayPounds(totals.adjustments)],
    ["  Total (net of VAT)", displayPounds(totals.total)],
  ];
  if (calculation.feeStructures.some((course) => course.specialCourse)) {
    overview.push(["  Special courses, paid apart", displayPounds(totals.specialCourses)]);
  }
  sections.push(overview);
  return sections;
}

function courseLines(course: NpqCourseCalculation): Line[] {
  const lines: Line[] = [
    `${course.course} (${course.courseGroup}): ${displayPounds(course.feePerParticipant)} per participant, ` +
      `target ${count(course.recruitmentTarget)}${course.specialCourse ? ", special course paid apart" : ""}`,
    `  ${displayPounds(course.outputPaymentPerParticipant)} per declaration: ${course.outputPaymentPercentage}% ` +
      `over ${course.numberOfPaymentPeriods} payment periods`,
  ];
  const outputs: Line[] = [];
  const clawbacks: Line[] = [];
  let voided = 0;
  for (const type of course.declarations) {
    const label = `    ${typeLabel(type.declarationType)}`;
    if (type.billable > 0) {
      outputs.push([
        `${label}: ${count(type.billable)} x ${displayPounds(course.outputPaymentPerParticipant)}`,
        displayPounds(type.outputPayment),
      ]);
    }
    if (type.refundable > 0) {
      clawbacks.push([
        `${label}: ${count(type.refundable)} x -${displayPounds(course.outputPaymentPerParticipant)}`,
        displayPounds(type.clawbacks),
      ]);
    }
    voided += type.voided;
  }
  const funding = course.targetedDeliveryFunding;
  if (funding.applies && funding.refundable > 0) {
    clawbacks.push([
      `    Targeted delivery funding: ${count(funding.refundable)} x -${displayPounds(funding.perParticipant)}`,
      displayPounds(funding.clawbacks),
    ]);
  }
  lines.push("  Output payments", ...orNone(outputs), "  Clawbacks", ...orNone(clawbacks));
  if (funding.applies) {
    lines.push([
      `  Targeted delivery funding: ${count(funding.billable)} x ${displayPounds(funding.perParticipant)}`,
      displayPounds(funding.payment),
    ]);
  }
  lines.push(`  Voided declarations: ${count(voided)}`);
  const serviceFee = course.serviceFee;
  lines.push(["  Service fee", displayPounds(serviceFee.monthly)]);
  lines.push(
    serviceFee.basis === "monthly-service-fee"
      ? "    As stated in the contract"
      : `    ${displayPounds(serviceFee.perParticipant)} for each of ${count(course.recruitmentTarget)} participants: ` +
          `${serviceFee.serviceFeePercentage}% over ${serviceFee.serviceFeeInstallments} instalments`,
  );
  lines.push(["  Course total", displayPounds(course.totals.courseTotal)]);
  return lines;
}
