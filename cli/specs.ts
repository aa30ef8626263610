/**
 * What each subcommand accepts and what its `--help` says. Kept apart from
 * the commands so that `--help` and flag errors load none of their modules.
 */
import type { CommandSpec } from "./args.ts";

const LANG_CODES = "zh en vi th id ms fil km lo my";

/** `policy-assistant check`. */
export const CHECK = {
  usage: "policy-assistant check [--json] FILE…",
  description: `Estimates eligibility and amounts for each profile FILE (Profile v1 JSON; - reads standard input;
\`policy-assistant schema\` prints its JSON Schema).

  --json   the full result as JSON instead of a table (an array of {file, result} for several files)

A profile that is not valid stops the command with exit code 2, naming the file and the field.`,
  options: { json: { type: "boolean" } },
} as const satisfies CommandSpec;

/** `policy-assistant ask`. */
export const ASK = {
  usage: 'policy-assistant ask [--json] [--lang CODE] "question"',
  description: `The measures that answer a free question, in any of the ten languages.

  --lang CODE   answer in this language (${LANG_CODES}); by default the question's language
  --json        the language, the ranked measures and the answer as JSON`,
  options: { json: { type: "boolean" }, lang: { type: "string" } },
} as const satisfies CommandSpec;

/** `policy-assistant chat`. */
export const CHAT = {
  usage: "policy-assistant chat [--lang CODE] [--today YYYY-MM-DD]",
  description: `The chat in the terminal, with numbered choices; with piped input, one message per line.
Reads a .env file in the working directory as \`start\` does (REDIS_URL, LLM_BASE_URL, …).

  --lang CODE          start in this language (${LANG_CODES})
  --today YYYY-MM-DD   evaluate as of this date instead of today`,
  options: { lang: { type: "string" }, today: { type: "string" } },
} as const satisfies CommandSpec;

/** `policy-assistant start`. */
export const START = {
  usage: "policy-assistant start",
  description: `Serves every channel whose configuration is present (environment, then a .env file in the
working directory) on one HTTP server, as \`serve\` does; with none configured, opens the chat in
the terminal and serves HTTP (API, metrics, health) on PORT beside it, printing the address.
The README lists the variables.`,
  options: {},
} as const satisfies CommandSpec;

/** `policy-assistant serve`. */
export const SERVE = {
  usage: "policy-assistant serve",
  description: `Serves HTTP with no terminal: the JSON API (/api/v1/…), GET /metrics, GET /healthz and every
channel whose configuration is present (environment, then a .env file in the working directory),
until SIGTERM or SIGINT. The README lists the variables.`,
  options: {},
} as const satisfies CommandSpec;

/** `policy-assistant schema`. */
export const SCHEMA = {
  usage: "policy-assistant schema [--result]",
  description: `Prints the JSON Schema of Profile v1, the input of \`check\`.

  --result   the JSON Schema of the result that \`check --json\` prints instead`,
  options: { result: { type: "boolean" } },
} as const satisfies CommandSpec;

/** `policy-assistant help`. */
export const HELP_COMMAND = {
  usage: "policy-assistant help [COMMAND]",
  description: "Lists the commands, or prints the help of COMMAND (as `policy-assistant COMMAND --help` does).",
  options: {},
} as const satisfies CommandSpec;
