/**
 * The server's logger: one line per event on stderr, `<ISO time> <LEVEL> <message>`, lines below
 * the configured level dropped. Multi-line messages (stacks) are folded so a line stays an event.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

const RANK: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3 };

/** A logger writing to `write` (default stderr) the events at `level` and above. */
export function createLogger(level: LogLevel, write: (line: string) => void = (line) => process.stderr.write(line)): Logger {
  const at =
    (eventLevel: LogLevel) =>
    (message: string): void => {
      if (RANK[eventLevel] < RANK[level]) return;
      write(`${new Date().toISOString()} ${eventLevel.toUpperCase()} ${message.replace(/\s*\n\s*/gu, ' | ')}\n`);
    };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

/** A logger that drops everything (tests). */
export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };
