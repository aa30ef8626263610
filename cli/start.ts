/**
 * `policy-assistant start` (`npm start`): serves every channel whose
 * configuration is present on one HTTP server; with none configured, opens
 * the chat in the terminal.
 */
import { existsSync } from "node:fs";
import { ConfigError, channelsOf, loadConfig } from "../server/config.ts";
import { createLogger } from "../server/logger.ts";
import { runChat } from "./chat.ts";
import { CliError, type CliIo, EXIT } from "./io.ts";

/** Runs `start`. Resolves when the service has stopped (SIGTERM/SIGINT) or the terminal chat ends. */
export async function runStart(args: string[], io: CliIo): Promise<number> {
  // A .env file in the working directory fills in what the environment does not set.
  if (existsSync(".env")) process.loadEnvFile(".env");
  let config;
  try {
    config = loadConfig(process.env);
  } catch (e) {
    if (e instanceof ConfigError) throw new CliError(e.message);
    throw e;
  }
  const channels = channelsOf(config);
  if (!Object.values(channels).some(Boolean)) return runChat(args, io);

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
