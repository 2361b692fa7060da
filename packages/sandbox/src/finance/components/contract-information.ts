/**
 * "Contract Information" (finance dashboard §1.4, cohorts without mentor funding): the provider, its targets,
 * uplift amount and set-up fee, and the bands with their fee per participant.
 */
import type { Contract, EcfBandedCalculation } from "@lpkit/engine";
import { formatPounds } from "../format.ts";
import { revisedRecruitmentTarget } from "../statement-figures.ts";
import { details } from "./details.ts";
import { type SummaryRow, summaryList } from "./summary-list.ts";
import { numeric, rowHeader, table } from "./table.ts";

export function bandsTable(calculation: EcfBandedCalculation, head: readonly [string, string, string, string]) {
  return table({
    head: [
      head[0],
      { content: head[1], numeric: true },
      { content: head[2], numeric: true },
      { content: head[3], numeric: true },
    ],
    rows: calculation.bands.map((band) => [
      rowHeader(`Band ${band.band}`),
      numeric(String(band.from)),
      numeric(String(band.to)),
      numeric(formatPounds(band.feePerDeclaration)),
    ]),
  });
}

export function contractInformation(providerName: string, contract: Contract, calculation: EcfBandedCalculation) {
  const { banded } = contract.terms;
  const rows: SummaryRow[] = [
    { key: "Provider", value: providerName },
    { key: "Recruitment target", value: String(banded.recruitmentTarget) },
    { key: "Revised recruitment target (+150%)", value: String(revisedRecruitmentTarget(banded.recruitmentTarget)) },
    ...(banded.upliftFeePerDeclaration === null
      ? []
      : [{ key: "Uplift amount", value: formatPounds(banded.upliftFeePerDeclaration) }]),
    { key: "Set-up Fee", value: formatPounds(banded.setupFee) },
  ];
  return details(
    "Contract Information",
    summaryList(rows, { noBorder: true }),
    bandsTable(calculation, ["Band", "Min", "Max", "Payment amount per participant"]),
  );
}
