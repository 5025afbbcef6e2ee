// A small flag parser shared by `call` and `watch`: `--name value`, `--name=value`, boolean
// `--name`, `-h`, and `--` before positionals that start with a dash.
import { usageError } from "./cli-error.js";
import { didYouMean } from "./suggest.js";

/** Each accepted flag (without `--`), and whether it takes a value. */
export type FlagSpec = Readonly<Record<string, "boolean" | "value">>;

/** Parsed flags: a string for a value flag, `true` for a boolean one; absent when not given. */
export type ParsedFlags<S extends FlagSpec> = { [K in keyof S]?: S[K] extends "value" ? string : true };

/** Parses `argv`; throws a usage CliError naming an unknown flag (with the nearest ones) or a missing value. */
export function parseFlags<S extends FlagSpec>(argv: readonly string[], spec: S): { flags: ParsedFlags<S>; positionals: string[] } {
  const flags: Record<string, string | true> = {};
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    // "-" alone is a positional (standard input); so is anything not starting with a dash.
    if (!arg.startsWith("-") || arg === "-") {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = arg === "-h" ? "help" : arg.slice(2, eq === -1 ? undefined : eq);
    const kind = arg.startsWith("--") || arg === "-h" ? spec[name] : undefined;
    if (kind === undefined) {
      const typed = eq === -1 ? arg : arg.slice(0, eq);
      throw usageError(`unknown flag ${typed}${didYouMean(typed, Object.keys(spec).map((f) => `--${f}`))}`, { flag: typed });
    }
    if (kind === "boolean") {
      if (eq !== -1) throw usageError(`--${name} takes no value`, { flag: `--${name}` });
      flags[name] = true;
      continue;
    }
    const value = eq !== -1 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || (eq === -1 && value.startsWith("--"))) throw usageError(`--${name} needs a value`, { flag: `--${name}` });
    flags[name] = value;
  }
  return { flags: flags as ParsedFlags<S>, positionals };
}
