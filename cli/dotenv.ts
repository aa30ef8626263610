/** The `.env` file of the working directory, read by `start` and `chat`. */
import { existsSync } from "node:fs";

/**
 * Fills in, from `.env` in the working directory, what the environment does
 * not set (the environment wins). Does nothing without the file.
 */
export function loadDotEnv(path = ".env"): void {
  if (existsSync(path)) process.loadEnvFile(path);
}
