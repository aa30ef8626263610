/** （九） Compute and corpus vouchers. */
import type { MeasureDefinition } from "../definition.ts";
import type { Dec } from "../money.ts";
import { min } from "../money.ts";
import type { Outcome } from "../outcome.ts";
import type { ProfilePath } from "../paths.ts";
import { param, type Parameter } from "../parameter.ts";
import { requireApplicantType } from "../scope.ts";
import { DATA_PRODUCERS } from "./producers.ts";

const TEXT =
  "（九）支持模型训练。每年发放最高5000万元“算力券”，支持企业、高校、科研机构等购买南A中心的算力服务，每年按实际使用算力结算金额的30%给予最高200万元奖励。\n每年发放最高5000万元“语料券”，支持企业、高校、科研机构购买非关联方语料用于模型研发和应用，按其实际交易金额的30%给予最高200万元奖励。";

const params = {
  computeRate: param("0.30", "rate", "（九）", "按实际使用算力结算金额的30%"),
  computeCap: param(2000000, "CNY", "（九）", "每年…给予最高200万元奖励"),
  computePool: param(50000000, "CNY", "（九）", "每年发放最高5000万元“算力券”"),
  corpusRate: param("0.30", "rate", "（九）", "按其实际交易金额的30%"),
  corpusCap: param(2000000, "CNY", "（九）", "给予最高200万元奖励"),
  corpusPool: param(50000000, "CNY", "（九）", "每年发放最高5000万元“语料券”"),
};

function voucher(out: Outcome, name: string, path: ProfilePath, spend: Dec | undefined, rate: Parameter, cap: Parameter): void {
  if (spend === undefined) {
    out.missing(path);
    out.cash(cap.value);
    out.trace(`${name}: spend unknown, upper bound is the cap`, { cap: cap.value });
  } else if (spend.isZero()) {
    out.fail(`no_${name}_spend`, `No ${name} spending was given.`);
  } else {
    const award = min(spend.times(rate.value), cap.value);
    out.trace(`${name} voucher = min(annual spend × rate, cap)`, { spend, rate: rate.value, cap: cap.value, award });
    out.cash(award);
  }
}

/** （九）: 30% of compute bought from the center and 30% of corpus bought from unrelated parties, each at most 2,000,000 CNY a year. */
export const m09: MeasureDefinition = {
  id: "m09",
  clause: "（九）",
  title: { zh: "支持模型训练（算力券、语料券）", en: "Compute and corpus vouchers" },
  text: TEXT,
  interests: ["data_compute"],
  cash: true,
  settlementBound: true,
  reads: ["applicant.type", "compute.annualSpendAtCenter", "corpus.annualPurchaseFromUnrelatedParties"],
  params,
  rule(profile, _ctx, out) {
    requireApplicantType(profile, DATA_PRODUCERS, out);
    voucher(out.part({ id: "compute", label: "Compute voucher", kind: "voucher", period: { type: "per_year" } }), "compute", "compute.annualSpendAtCenter", profile.compute?.annualSpendAtCenter, params.computeRate, params.computeCap);
    voucher(out.part({ id: "corpus", label: "Corpus voucher", kind: "voucher", period: { type: "per_year" } }), "corpus", "corpus.annualPurchaseFromUnrelatedParties", profile.corpus?.annualPurchaseFromUnrelatedParties, params.corpusRate, params.corpusCap);
    out.assume("Amounts are for one year. Each voucher comes from a yearly pool of at most 50,000,000 CNY, which may run out.");
  },
};
