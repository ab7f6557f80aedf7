/**
 * Jest global setup of the browser tests (jest.browser.config.js): first that a Chromium is there
 * (fails at once, saying what to install, before any engine starts), then the integration tests'
 * Neo4j (tests/integration/globalSetup.ts), which the explorer's API runs on.
 */
import integrationSetup from '../integration/globalSetup';
import { chromiumExecutable } from './chromium';

export default async function globalSetup(): Promise<void> {
  const chromium = chromiumExecutable();
  console.log(`\n[browser] ${chromium}`);
  await integrationSetup();
}
