/** （六） High-quality datasets. */
import type { MeasureDefinition } from "../definition.ts";
import { param } from "../parameter.ts";
import { requireApplicantType, requireTrue } from "../scope.ts";
import { DATA_PRODUCERS } from "./producers.ts";

const TEXT =
  "（六）支持建设数据集。支持企业、高校、科研机构等通过采集、清洗、标注、评价等方式建设高质量数据集（含语料库），根据数据类型、规模、质量及开放共享等情况进行评定，按不同等次给予最高100万元奖励。";

const params = {
  cap: param(1000000, "CNY", "（六）", "按不同等次给予最高100万元奖励"),
};

/** （六）: up to 1,000,000 CNY for a high-quality dataset, graded on assessment. */
export const m06: MeasureDefinition = {
  id: "m06",
  clause: "（六）",
  title: { zh: "支持建设数据集", en: "High-quality datasets" },
  text: TEXT,
  interests: ["data_compute"],
  cash: true,
  settlementBound: true,
  reads: ["applicant.type", "datasets.building"],
  params,
  rule(profile, _ctx, out) {
    requireApplicantType(profile, DATA_PRODUCERS, out);
    requireTrue(profile.datasets?.building, "datasets.building", out, "no_dataset", "No high-quality dataset (or corpus) is being built.");
    out.cash(params.cap.value);
    out.assessed("graded_award", "Graded by data type, scale, quality and openness; the grade sets the award.");
  },
};
