/**
 * Vitest global set-up for the integration project: makes sure the test stores run and are prepared.
 * Under `npm test` scripts/test.ts has started them already: they answer on the test ports, are reused, and
 * nothing is started twice. Run alone (`npx vitest run`), this starts them from empty data and stops them
 * after the run.
 */
import { parseConfig } from "@/lib/config";
import { prepareStores } from "@/lib/dev-services/prepare-stores";
import { startServices } from "@/lib/dev-services/services";
import { TEST_ENV } from "@/tests/support/test-env";

export default async function setup(): Promise<() => Promise<void>> {
  const settings = parseConfig({ ...TEST_ENV, NODE_ENV: "test" });
  const log = (line: string) => console.log(`[global-setup] ${line}`);
  const services = await startServices(settings, { fresh: true, log });
  await prepareStores(settings, { log });
  return () => services.stop();
}
