/**
 * Flags of every subcommand, parsed with node's `util.parseArgs` (strict): an
 * unknown flag or a flag without its value is a usage error (exit 2) that
 * shows the command's usage line, and every subcommand answers `--help`/`-h`.
 */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { CliError, type CliIo } from "./io.ts";

/** The options a command takes, in `util.parseArgs` form (`help` is added to every command). */
export type OptionSpec = NonNullable<ParseArgsConfig["options"]>;

/** What a subcommand accepts, and what its `--help` prints. */
export interface CommandSpec<O extends OptionSpec = OptionSpec> {
  /** The usage line(s), starting with `policy-assistant <command>`. */
  usage: string;
  /** What the command does, and what each option means. */
  description: string;
  options: O;
}

type WithHelp<O extends OptionSpec> = O & { help: { type: "boolean"; short: "h" } };
/** The flags and the other arguments of one command line. */
export type ParsedArgs<O extends OptionSpec> = ReturnType<typeof parseArgs<{ options: WithHelp<O>; allowPositionals: true; strict: true }>>;

/** The `--help` text of a command. */
export function helpText(spec: CommandSpec): string {
  return `usage: ${spec.usage}\n\n${spec.description.trimEnd()}\n`;
}

/**
 * Parses `args` for the command `spec` describes. Returns undefined when
 * `--help` was asked for (its text is then written to stdout); throws a
 * {@link CliError} (exit 2) naming the flag at fault, with the usage line.
 */
export function parseCommand<O extends OptionSpec>(spec: CommandSpec<O>, args: string[], io: CliIo): ParsedArgs<O> | undefined {
  const options = { ...spec.options, help: { type: "boolean", short: "h" } } as WithHelp<O>;
  let parsed: ParsedArgs<O>;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new CliError(`${describeParseError(e)}\nusage: ${spec.usage}`);
  }
  if ((parsed.values as { help?: boolean }).help) {
    io.stdout(helpText(spec));
    return undefined;
  }
  return parsed;
}

/** parseArgs' messages, shorter: "unknown option --yaml", "--lang needs a value". */
function describeParseError(e: unknown): string {
  const err = e as { code?: string; message?: string };
  const flag = /'(-[^' ]+)/.exec(err.message ?? "")?.[1];
  if (err.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && flag) return `unknown option ${flag}`;
  if (err.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && flag) {
    return /does not take an argument/.test(err.message ?? "") ? `${flag} does not take a value` : `${flag} needs a value`;
  }
  return err.message ?? String(e);
}
