/**
 * Which Chromium the browser tests drive (through playwright-core, which never downloads one):
 * TEST_CHROMIUM_PATH, else Debian's /usr/bin/chromium. Checked before anything starts, so a machine
 * without a browser gets one message saying what to install instead of a failure per test.
 * Test harness only: src/config.ts stays the reader of the app's settings.
 */
import fs from 'node:fs';
import path from 'node:path';

/** Debian's package `chromium` installs it here. */
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** A Chromium the browser tests cannot use; the message says what to do. */
export class BrowserMissingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BrowserMissingError';
    // Jest prints the stack of a failed global setup: the message is all there is to read.
    this.stack = `${this.name}: ${message}`;
  }
}

/** The Chromium executable to launch. Throws BrowserMissingError when it is missing or not executable. */
export function chromiumExecutable(env: Record<string, string | undefined> = process.env): string {
  const raw = env.TEST_CHROMIUM_PATH;
  const chosen = raw === undefined || raw === '' ? DEFAULT_CHROMIUM : raw;
  const problem = !path.isAbsolute(chosen) ? 'is not an absolute path' : !isExecutableFile(chosen) ? (fs.existsSync(chosen) ? 'is not an executable file' : 'does not exist') : undefined;
  if (problem === undefined) return chosen;
  const what = chosen === raw ? `TEST_CHROMIUM_PATH=${JSON.stringify(raw)}` : chosen;
  throw new BrowserMissingError(
    [
      `The browser tests (npm run test:browser) need Chromium, and ${what} ${problem}.`,
      `Install it with: sudo apt-get install chromium fonts-noto-cjk   (Debian/Ubuntu; the fonts draw the explorer's Japanese labels)`,
      `or set TEST_CHROMIUM_PATH to the absolute path of another Chromium or Chrome executable.`,
      `npm test runs every other test without a browser.`,
    ].join('\n'),
  );
}

function isExecutableFile(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
