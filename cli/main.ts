/**
 * The `policy-assistant` command line: `check`, `schema`, `help`, and later
 * `chat`, `ask` and `start`.
 */
import { profileJsonSchema, resultJsonSchema } from "../core/rules/index.ts";
import { runAsk } from "./ask.ts";
import { runChat } from "./chat.ts";
import { runCheck } from "./check.ts";
import { runStart } from "./start.ts";
import { CliError, type CliIo, EXIT, processIo } from "./io.ts";

/** The help text, also printed by `npm start` until a chat exists. */
export const HELP = `policy-assistant: support measures of the China–ASEAN AI Innovation Cooperation Center (南A中心)

Usage:
  policy-assistant chat [--lang CODE] [--today YYYY-MM-DD]
                                         chat in the terminal (numbered choices; with piped input,
                                         one message per line); CODE: zh en vi th id ms fil km lo my
  policy-assistant start                 serve the configured channels, or the terminal chat when none is
  policy-assistant check [--json] FILE   estimate eligibility for a profile (FILE or - for stdin)
  policy-assistant ask [--json] [--lang CODE] "question"
                                         the measures that answer a free question, in any of the ten languages
  policy-assistant schema [--result]     print the JSON Schema of Profile v1 (with --result: of the result
                                         that check --json prints)
  policy-assistant help                  this text

Exit codes: 0 ok, 1 failure, 2 bad input (the message names the field).
Amounts are estimates, not a decision: 南宁市发展和改革委员会 and 南宁市数据局 decide.
`;

type Command = (args: string[], io: CliIo) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  check: runCheck,
  schema: async (args, io) => {
    const unknown = args.find((a) => a !== "--result");
    if (unknown !== undefined) throw new CliError(`unknown option ${unknown} (usage: policy-assistant schema [--result])`);
    const schema = args.includes("--result") ? resultJsonSchema() : profileJsonSchema();
    io.stdout(`${JSON.stringify(schema, null, 2)}\n`);
    return EXIT.ok;
  },
  help: async (_args, io) => {
    io.stdout(HELP);
    return EXIT.ok;
  },
  ask: runAsk,
  chat: runChat,
  start: runStart,
};

/** Runs the CLI with `argv` (without node and script). Returns the exit code; never throws. */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name = "help", ...args] = argv;
  const command = COMMANDS[name === "--help" || name === "-h" ? "help" : name];
  if (!command) {
    io.stderr(`policy-assistant: unknown command "${name}"\n\n${HELP}`);
    return EXIT.usage;
  }
  try {
    return await command(args, io);
  } catch (e) {
    if (e instanceof CliError) {
      io.stderr(`policy-assistant ${name}: ${e.message}\n`);
      return e.exitCode;
    }
    io.stderr(`policy-assistant ${name}: unexpected error: ${(e as Error)?.message ?? String(e)}\n`);
    return EXIT.failure;
  }
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (invokedDirectly) {
  process.exitCode = await main(process.argv.slice(2));
}
