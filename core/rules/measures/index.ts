/** All 22 measures, in id order. */
import type { MeasureDefinition } from "../definition.ts";
import type { MeasureId } from "../types.ts";
import { m01 } from "./m01-office-space.ts";
import { m02 } from "./m02-startup-funding.ts";
import { m03 } from "./m03-housing.ts";
import { m04 } from "./m04-showcase.ts";
import { m05 } from "./m05-asean-enterprises.ts";
import { m06 } from "./m06-datasets.ts";
import { m07 } from "./m07-public-data.ts";
import { m08 } from "./m08-key-technology.ts";
import { m09 } from "./m09-compute-corpus-vouchers.ts";
import { m10 } from "./m10-application-scenarios.ts";
import { m11 } from "./m11-model-filing.ts";
import { m12 } from "./m12-asean-training.ts";
import { m13 } from "./m13-asean-forums.ts";
import { m14 } from "./m14-asean-deployments.ts";
import { m15 } from "./m15-computing-centers.ts";
import { m16 } from "./m16-green-power.ts";
import { m17 } from "./m17-senior-executives.ts";
import { m18 } from "./m18-tech-talent.ts";
import { m19 } from "./m19-tax-relief.ts";
import { m20 } from "./m20-industry-fund.ts";
import { m21 } from "./m21-loan-interest.ts";
import { m22 } from "./m22-funding-applications.ts";

/** The measures in id order. */
export const MEASURES: readonly MeasureDefinition[] = [
  m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19, m20, m21, m22,
];

/** A measure by id. */
export const MEASURE_BY_ID: ReadonlyMap<MeasureId, MeasureDefinition> = new Map(MEASURES.map((m) => [m.id, m]));
