/** Bad command-line usage or an unreadable input: reported on stderr with exit code 2. */
export class UsageError extends Error {
  readonly exitCode = 2;
}

/** Parses `--name value` / `--name=value` options and positional arguments. */
export function parseArgs(args: readonly string[], valueOptions: readonly string[]): { positional: string[]; options: Map<string, string> } {
  const positional: string[] = [];
  const options = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      positional.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq >= 0 ? a.slice(2, eq) : a.slice(2);
      if (!valueOptions.includes(name)) throw new UsageError(`unknown option --${name}`);
      const value = eq >= 0 ? a.slice(eq + 1) : args[++i];
      if (value === undefined) throw new UsageError(`option --${name} needs a value`);
      options.set(name, value);
    } else positional.push(a);
  }
  return { positional, options };
}
