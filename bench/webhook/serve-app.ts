/**
 * Child process: the whole service (`startApp`) as `npm start` builds it from
 * the environment (Redis store, channels, explainer), with the benchmark's
 * fixed evaluation date. Reports its port to the parent.
 */
import { startApp } from "../../server/app.ts";
import { loadConfig } from "../../server/config.ts";
import { createLogger } from "../../server/logger.ts";
import { serveChild } from "../lib/child.ts";
import { BENCH_TODAY } from "../lib/script.ts";

const config = loadConfig(process.env);
const logger = createLogger(config.LOG_LEVEL);
const app = await startApp(config, logger, { today: () => BENCH_TODAY });
serveChild({ port: app.port }, () => app.stop());
