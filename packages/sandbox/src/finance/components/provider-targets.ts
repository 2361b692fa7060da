/**
 * "Provider targets (per academic year)" (finance dashboard §1.4, cohorts with mentor funding): the ECTs' targets
 * and payment bands, then the mentors' target and flat fee.
 */
import type { Contract, EcfBandedCalculation, EcfMentorFlatRateCalculation } from "@lpkit/engine";
import { jsx as h } from "hono/jsx";
import { formatPounds } from "../format.ts";
import { revisedRecruitmentTarget } from "../statement-figures.ts";
import { bandsTable } from "./contract-information.ts";
import { details } from "./details.ts";
import { summaryList } from "./summary-list.ts";

export function providerTargets(
  contract: Contract,
  banded: EcfBandedCalculation | undefined,
  mentors: EcfMentorFlatRateCalculation | undefined,
) {
  const target = contract.terms.banded.recruitmentTarget;
  return details(
    "Provider targets (per academic year)",
    h("h3", { class: "govuk-heading-s" }, "ECTs"),
    summaryList(
      [
        { key: "ECTs recruitment target", value: String(target) },
        { key: "Revised ECTs recruitment target (+150%)", value: String(revisedRecruitmentTarget(target)) },
      ],
      { noBorder: true },
    ),
    banded === undefined ? null : bandsTable(banded, ["ECT payment bands", "Min", "Max", "Payment per participant"]),
    mentors === undefined
      ? null
      : [
          h("h3", { class: "govuk-heading-s" }, "Mentors"),
          summaryList(
            [
              { key: "Mentors recruitment target", value: String(mentors.recruitmentTarget) },
              { key: "Payment per participant", value: formatPounds(mentors.feePerDeclaration) },
            ],
            { noBorder: true },
          ),
        ],
  );
}
