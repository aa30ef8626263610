/**
 * The `policy-assistant` command line: `chat`, `start`, `serve`, `check`, `ask`,
 * `schema` and `help`. Flags are parsed with `util.parseArgs` (`args.ts`),
 * each command's flags and help are in `specs.ts`, and a command's modules
 * are loaded only when it runs.
 */
import { type CommandSpec, helpText, type OptionSpec, type ParsedArgs, parseCommand } from "./args.ts";
import { CliError, type CliIo, EXIT, processIo } from "./io.ts";
import { ASK, CHAT, CHECK, HELP_COMMAND, SCHEMA, SERVE, START } from "./specs.ts";

/** The help text of `policy-assistant help`. */
export const HELP = `policy-assistant: support measures of the China–ASEAN AI Innovation Cooperation Center (南A中心)

Usage:
  policy-assistant chat [--lang CODE] [--today YYYY-MM-DD]
                                         chat in the terminal (numbered choices; with piped input,
                                         one message per line); CODE: zh en vi th id ms fil km lo my
  policy-assistant serve                 serve HTTP (JSON API, metrics, health) and the configured channels
  policy-assistant start                 serve the configured channels, or the terminal chat (and HTTP) when none is
  policy-assistant check [--json] FILE…  estimate eligibility for profiles (FILE, or - for stdin)
  policy-assistant ask [--json] [--lang CODE] "question"
                                         the measures that answer a free question, in any of the ten languages
  policy-assistant schema [--result]     print the JSON Schema of Profile v1 (with --result: of the result
                                         that check --json prints)
  policy-assistant help [COMMAND]        this text, or a command's help (also: COMMAND --help)

Exit codes: 0 ok, 1 failure, 2 bad input (the message names the field).
Amounts are estimates, not a decision: 南宁市发展和改革委员会 and 南宁市数据局 decide.
`;

/** A subcommand: its spec, and how to run it with its arguments. */
interface Command {
  spec: CommandSpec;
  run(args: string[], io: CliIo): Promise<number>;
}

/** Binds a spec to the command it parses for; `load` imports the command's module when it runs. */
function command<O extends OptionSpec>(spec: CommandSpec<O>, load: () => Promise<(parsed: ParsedArgs<O>, io: CliIo) => Promise<number>>): Command {
  return {
    spec,
    run: async (args, io) => {
      const parsed = parseCommand(spec, args, io);
      return parsed ? (await load())(parsed, io) : EXIT.ok;
    },
  };
}

const COMMANDS: Record<string, Command> = {
  check: command(CHECK, async () => (await import("./check.ts")).runCheck),
  ask: command(ASK, async () => (await import("./ask.ts")).runAsk),
  chat: command(CHAT, async () => (await import("./chat.ts")).runChat),
  start: command(START, async () => (await import("./start.ts")).runStart),
  serve: command(SERVE, async () => (await import("./start.ts")).runServe),
  schema: command(SCHEMA, async () => async ({ values }, io) => {
    const { profileJsonSchema, resultJsonSchema } = await import("../core/rules/index.ts");
    io.stdout(`${JSON.stringify(values.result ? resultJsonSchema() : profileJsonSchema(), null, 2)}\n`);
    return EXIT.ok;
  }),
  help: command(HELP_COMMAND, async () => async ({ positionals }, io) => {
    const [topic, ...more] = positionals;
    if (more.length) throw new CliError(`help takes at most one command\nusage: ${HELP_COMMAND.usage}`);
    if (topic === undefined) {
      io.stdout(HELP);
      return EXIT.ok;
    }
    const about = COMMANDS[topic];
    if (!about) throw new CliError(`unknown command "${topic}"\n\n${HELP}`);
    io.stdout(helpText(about.spec));
    return EXIT.ok;
  }),
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
    return await command.run(args, io);
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
