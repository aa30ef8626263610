/** （七） Nanning public data products. */
import type { MeasureDefinition } from "../definition.ts";
import { param } from "../parameter.ts";
import { requireApplicantType, requireTrue } from "../scope.ts";
import { DATA_PRODUCERS } from "./producers.ts";

const TEXT =
  "（七）支持开发利用公共数据资源。鼓励企业、高校、科研机构等开发利用南宁市公共数据资源，支持其通过南宁市公共数据授权运营平台开展数据融合应用，对形成高质量数据产品和优质数据服务的，给予最高100万元奖励。";

const params = {
  cap: param(1000000, "CNY", "（七）", "给予最高100万元奖励"),
};

/** （七）: up to 1,000,000 CNY for a data product or service built on Nanning public data. */
export const m07: MeasureDefinition = {
  id: "m07",
  clause: "（七）",
  title: { zh: "开发利用公共数据资源", en: "Nanning public data products" },
  text: TEXT,
  interests: ["data_compute"],
  cash: true,
  settlementBound: true,
  reads: ["applicant.type", "publicData.productOrService"],
  params,
  rule(profile, _ctx, out) {
    requireApplicantType(profile, DATA_PRODUCERS, out);
    requireTrue(profile.publicData?.productOrService, "publicData.productOrService", out, "no_public_data_product", "No data product or service built on Nanning public data was given.");
    out.cash(params.cap.value);
    out.assessed("quality_assessed", "The award depends on the assessed quality of the data product or service.");
  },
};
