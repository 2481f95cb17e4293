/**
 * `npm run db:setup`: creates the events table and migrates the read model on servers that are already
 * running (the Docker image runs this before `next start`). Waits up to two minutes for them to come up.
 */
import { config } from "@/lib/config";
import { prepareStores } from "@/lib/dev-services/prepare-stores";

prepareStores(config(), { waitMs: 120_000, log: (line) => console.log(`[setup] ${line}`) }).catch((error: unknown) => {
  console.error(`[setup] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
