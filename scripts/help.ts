/**
 * `--help` / `-h` for every command-line script: prints the script's usage on stdout and tells the
 * caller to exit 0, before anything else runs (no database is started, no file is read).
 */
export function printedHelp(argv: readonly string[], usage: string): boolean {
  if (!argv.some((arg) => arg === '--help' || arg === '-h')) return false;
  process.stdout.write(usage.endsWith('\n') ? usage : `${usage}\n`);
  return true;
}
