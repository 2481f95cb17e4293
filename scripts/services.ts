/**
 * `npm run services`: starts the local stores of the current settings (or reuses running ones), prepares them,
 * and keeps them until Ctrl-C. Handy to run `vitest` or `next start` by hand against them.
 */
import { config } from "@/lib/config";
import { ServiceStartError } from "@/lib/dev-services/errors";
import { loadEnvFiles } from "@/lib/dev-services/load-env-files";
import { prepareStores } from "@/lib/dev-services/prepare-stores";
import { startServices } from "@/lib/dev-services/services";

const log = (line: string) => console.log(`[services] ${line}`);
loadEnvFiles();

async function main(): Promise<void> {
  const settings = config();
  const services = await startServices(settings, { log });
  await prepareStores(settings, { log });
  log(services.started.length ? `running ${services.started.join(", ")}; Ctrl-C stops them` : "nothing started here");
  const stop = async () => {
    await services.stop();
    process.exit(0);
  };
  process.once("SIGINT", () => void stop());
  process.once("SIGTERM", () => void stop());
  if (services.started.length === 0) process.exit(0);
}

main().catch((error: unknown) => {
  console.error(`[services] ${error instanceof ServiceStartError ? error.message : String(error)}`);
  process.exit(1);
});
