#!/usr/bin/env node
// Runs the compiled CLI (dist/, built by `npm run build`, which `npm install` and `npm ci` run
// through `prepare`) with plain node. During development, `npm run dev -- <command>` runs the
// TypeScript sources through tsx instead.
import { existsSync } from "node:fs";

const entry = new URL("../dist/cli/main.js", import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write("policy-assistant: dist/ is missing; run `npm run build` first (npm install and npm ci do it)\n");
  process.exit(1);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
