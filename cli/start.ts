/**
 * `policy-assistant start` (`npm start`) and `policy-assistant serve`.
 *
 * `serve` runs the service with no terminal: the HTTP server (JSON API,
 * metrics, health) and every configured channel, until SIGTERM/SIGINT.
 * `start` does the same when a channel is configured; with none, it opens the
 * chat in the terminal and also serves HTTP on PORT, printing the address (a
 * taken port is reported and the chat goes on).
 */
import { ConfigError, channelsOf, loadConfig, type AppConfig } from "../server/config.ts";
import { createLogger, type Logger } from "../server/logger.ts";
import type { ParsedArgs } from "./args.ts";
import { loadDotEnv } from "./dotenv.ts";
import { CliError, type CliIo, EXIT } from "./io.ts";
import { SERVE, START } from "./specs.ts";

/** Reads `.env` and the environment; a bad variable is a usage error (exit 2) naming it. */
function configFromEnvironment(): AppConfig {
  // A .env file in the working directory fills in what the environment does not set.
  loadDotEnv();
  try {
    return loadConfig(process.env);
  } catch (e) {
    if (e instanceof ConfigError) throw new CliError(e.message);
    throw e;
  }
}

/** Runs `start`. Resolves when the service has stopped (SIGTERM/SIGINT) or the terminal chat ends. */
export async function runStart({ positionals }: ParsedArgs<typeof START.options>, io: CliIo): Promise<number> {
  if (positionals.length) throw new CliError(`unexpected argument "${positionals[0]}"\nusage: ${START.usage}`);
  const config = configFromEnvironment();
  if (Object.values(channelsOf(config)).some(Boolean)) return serveUntilSignal(config, createLogger(config.LOG_LEVEL));
  return chatAndServe(config, io);
}

/** Runs `serve`: HTTP and the configured channels, no terminal, until SIGTERM/SIGINT. */
export async function runServe({ positionals }: ParsedArgs<typeof SERVE.options>, _io: CliIo): Promise<number> {
  if (positionals.length) throw new CliError(`unexpected argument "${positionals[0]}"\nusage: ${SERVE.usage}`);
  const config = configFromEnvironment();
  return serveUntilSignal(config, createLogger(config.LOG_LEVEL));
}

async function serveUntilSignal(config: AppConfig, logger: Logger): Promise<number> {
  // Listened for before the service starts: it answers /healthz while its channels are still
  // loading, and a SIGTERM then must stop it gracefully too, once it has started.
  let signalled!: () => void;
  const signal = new Promise<void>((resolve) => (signalled = resolve));
  const shutdown = () => {
    // A second signal ends the process at once.
    process.off("SIGTERM", shutdown);
    process.off("SIGINT", shutdown);
    signalled();
  };
  process.on("SIGTERM", shutdown);
  process.on("SIGINT", shutdown);
  try {
    const { startApp, StartupError } = await import("../server/app.ts");
    let app;
    try {
      app = await startApp(config, logger);
    } catch (e) {
      if (e instanceof StartupError) throw new CliError(e.message, EXIT.failure);
      throw e;
    }
    await signal;
    await app.stop().catch(() => undefined);
    return EXIT.ok;
  } finally {
    process.off("SIGTERM", shutdown);
    process.off("SIGINT", shutdown);
  }
}

/** The terminal chat, with the HTTP server beside it; logs go to stderr, and only warnings, so that they do not break into the chat. */
async function chatAndServe(config: AppConfig, io: CliIo): Promise<number> {
  const { startApp, StartupError } = await import("../server/app.ts");
  const logger = createLogger(config.LOG_LEVEL === "silent" ? "silent" : "warn", 2);
  let app: Awaited<ReturnType<typeof startApp>> | undefined;
  try {
    app = await startApp(config, logger);
    const host = config.HOST === "0.0.0.0" || config.HOST === "::" ? "127.0.0.1" : config.HOST;
    io.stdout(`HTTP (API, metrics, health) at http://${host.includes(":") ? `[${host}]` : host}:${app.port}/\n`);
  } catch (e) {
    if (!(e instanceof StartupError)) throw e;
    io.stderr(`${e.message}; HTTP is not served, the chat goes on\n`);
  }
  try {
    return await (await import("./chat.ts")).openChat({}, io);
  } finally {
    await app?.stop();
  }
}
