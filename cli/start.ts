/**
 * `policy-assistant start` (`npm start`): serves every channel whose
 * configuration is present on one HTTP server; with none configured, opens
 * the chat in the terminal.
 */
import { ConfigError, channelsOf, loadConfig } from "../server/config.ts";
import { createLogger } from "../server/logger.ts";
import type { ParsedArgs } from "./args.ts";
import { loadDotEnv } from "./dotenv.ts";
import { CliError, type CliIo, EXIT } from "./io.ts";
import { START } from "./specs.ts";

/** Runs `start`. Resolves when the service has stopped (SIGTERM/SIGINT) or the terminal chat ends. */
export async function runStart({ positionals }: ParsedArgs<typeof START.options>, io: CliIo): Promise<number> {
  if (positionals.length) throw new CliError(`unexpected argument "${positionals[0]}"\nusage: ${START.usage}`);
  // A .env file in the working directory fills in what the environment does not set.
  loadDotEnv();
  let config;
  try {
    config = loadConfig(process.env);
  } catch (e) {
    if (e instanceof ConfigError) throw new CliError(e.message);
    throw e;
  }
  const channels = channelsOf(config);
  if (!Object.values(channels).some(Boolean)) return (await import("./chat.ts")).openChat({}, io);

  const logger = createLogger(config.LOG_LEVEL);
  const { startApp } = await import("../server/app.ts");
  const app = await startApp(config, logger);
  await new Promise<void>((resolve) => {
    const shutdown = () => {
      process.off("SIGTERM", shutdown);
      process.off("SIGINT", shutdown);
      void app.stop().then(resolve, resolve);
    };
    process.on("SIGTERM", shutdown);
    process.on("SIGINT", shutdown);
  });
  return EXIT.ok;
}
