/**
 * `npm run dev` (via scripts/dev.sh): starts the local stores (or reuses running ones), creates the events
 * table, migrates the read model, then runs `next dev` on APP_PORT. Ctrl-C stops Next.js and then only the
 * services this process started.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { config } from "@/lib/config";
import { ServiceStartError } from "@/lib/dev-services/errors";
import { loadEnvFiles } from "@/lib/dev-services/load-env-files";
import { prepareStores } from "@/lib/dev-services/prepare-stores";
import { probePort } from "@/lib/dev-services/probe";
import { interruptCurrentCommand, runCommand } from "@/lib/dev-services/run-command";
import { startServices, type Services } from "@/lib/dev-services/services";

const log = (line: string) => console.log(`[dev] ${line}`);

// The same .env files Next.js reads, so the services and the app agree on every setting.
loadEnvFiles();

let services: Services | undefined;
let projector: ChildProcess | undefined;
const tsxCli = createRequire(import.meta.url).resolve("tsx/cli");
let stopping = false;

async function main(): Promise<number> {
  const settings = config();
  services = await startServices(settings, { log });
  await prepareStores(settings, { log });

  // The projector (`npm run projector`) beside Next.js, so DynamoDB Streams reach the read model while
  // developing. Its lines are prefixed; it is stopped before the services.
  projector = spawn(process.execPath, [tsxCli, "--conditions=react-server", "scripts/projector.ts"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  for (const stream of [projector.stdout, projector.stderr]) {
    stream?.on("data", (chunk: Buffer) => {
      for (const line of chunk.toString().split("\n"))
        if (line.trim()) console.log(`[projector] ${line.replace(/^projector: /, "")}`);
    });
  }

  if (stopping) return 130;
  if ((await probePort("127.0.0.1", settings.appPort)) !== "closed") {
    throw new ServiceStartError(
      `Port ${settings.appPort} (APP_PORT) is already in use, maybe by another \`npm run dev\`: stop it or set APP_PORT to a free port.`,
    );
  }
  const nextPackage = createRequire(import.meta.url).resolve("next/package.json");
  const nextBin = path.join(path.dirname(nextPackage), "dist/bin/next");
  log(`starting Next.js on http://localhost:${settings.appPort}`);
  return runCommand(process.execPath, [nextBin, "dev", "--port", String(settings.appPort)]);
}

async function shutdown(code: number): Promise<never> {
  stopping = true;
  if (projector && projector.exitCode === null && projector.signalCode === null) {
    const exited = new Promise((resolve) => projector?.once("exit", resolve));
    projector.kill("SIGTERM");
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
  }
  await services?.stop();
  process.exit(code);
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping`);
    // Next.js gets the terminal's Ctrl-C itself; a signal sent to this process alone is passed on.
    interruptCurrentCommand(signal);
  });
}

main()
  .then((code) => shutdown(stopping ? 0 : code))
  .catch(async (error: unknown) => {
    console.error(`[dev] ${error instanceof ServiceStartError ? error.message : String(error)}`);
    if (!(error instanceof ServiceStartError) && error instanceof Error && error.stack) console.error(error.stack);
    await shutdown(1);
  });
