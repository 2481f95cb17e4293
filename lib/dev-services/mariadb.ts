/**
 * The project's own MariaDB server for the read model: data under MYSQL_DATA_DIR, listening on the port of
 * DATABASE_URL on 127.0.0.1, with the database and user of DATABASE_URL created on start.
 */
import "server-only";
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Config } from "@/lib/config";
import { captureOutput, hasExited, ownChild, stopChild } from "@/lib/dev-services/child-process";
import { ServiceStartError } from "@/lib/dev-services/errors";
import { findExecutable, isRoot } from "@/lib/dev-services/executables";
import { probeMysql, waitUntil } from "@/lib/dev-services/probe";
import { reused, type RunningService } from "@/lib/dev-services/running-service";
import { canConnectAsRoot, provisionDatabase, tryConnect } from "@/lib/read-model/provision";

const NAME = "MariaDB";
const READY_TIMEOUT_MS = 60_000;
// Written after mariadb-install-db succeeds, so a half-initialised folder is recognised and redone.
const INITIALISED_MARKER = ".ledgerline-initialised";
// A Unix socket path longer than ~107 bytes cannot be bound.
const MAX_SOCKET_PATH = 100;

export interface MariaDbOptions {
  /** Start from an empty data folder when nothing is running yet (tests). */
  fresh?: boolean;
  log?: (line: string) => void;
}

export async function startMariaDb(settings: Config["mysql"], options: MariaDbOptions = {}): Promise<RunningService> {
  const { log = console.log } = options;
  const { host, port } = settings;
  const dataDir = path.resolve(settings.dataDir);
  const socketPath = socketPathFor(dataDir, port);

  const answer = await probeMysql(host, port);
  if (answer === "mysql") return reuseRunning(settings, socketPath, log);
  if (answer === "other") {
    throw new ServiceStartError(
      `Port ${port} (from DATABASE_URL) is taken by something that is not MySQL: stop that program or set DATABASE_URL to a free port.`,
    );
  }

  const mariadbd = findExecutable("mariadbd");
  const installDb = findExecutable("mariadb-install-db");
  if (!mariadbd || !installDb) {
    const how = isRoot() ? "apt-get install -y mariadb-server" : "sudo apt-get install mariadb-server";
    throw new ServiceStartError(
      `MariaDB server (mariadbd) is not installed: run \`${how}\`, or set DATABASE_URL to an existing MySQL server.`,
    );
  }

  if (options.fresh) rmSync(dataDir, { recursive: true, force: true });
  initialise(installDb, dataDir);

  const child = spawn(
    mariadbd,
    [
      "--no-defaults", // otherwise it reads Debian's /etc/mysql and its system paths
      ...(isRoot() ? ["--user=root"] : []),
      `--datadir=${dataDir}`,
      `--port=${port}`,
      "--bind-address=127.0.0.1",
      `--socket=${socketPath}`,
      `--pid-file=${path.join(dataDir, "mysqld.pid")}`,
      "--character-set-server=utf8mb4", // otherwise tables come out latin1
      "--collation-server=utf8mb4_unicode_ci",
    ],
    { detached: true, stdio: ["ignore", "pipe", "pipe"] },
  );
  ownChild(child);
  const output = captureOutput(child);
  let spawnError: Error | undefined;
  child.once("error", (error) => (spawnError = error));

  try {
    await waitUntil(() => canConnectAsRoot(socketPath), {
      timeoutMs: READY_TIMEOUT_MS,
      what: NAME,
      abort: () =>
        spawnError || hasExited(child)
          ? new ServiceStartError(`${NAME} exited during start-up: ${spawnError?.message ?? output()}`)
          : undefined,
    });
    await provisionDatabase(socketPath, settings);
    const refused = await tryConnect(settings);
    if (refused) throw new ServiceStartError(`${NAME} started but refuses ${settings.user}: ${refused}`);
  } catch (error) {
    await stopChild(child);
    throw error instanceof ServiceStartError ? error : new ServiceStartError(`${NAME}: ${String(error)}`);
  }
  log(`${NAME}: started on ${host}:${port} (data in ${path.relative(process.cwd(), dataDir) || "."})`);
  return { name: NAME, startedHere: true, pid: child.pid, stop: () => stopChild(child, 30_000) };
}

async function reuseRunning(
  settings: Config["mysql"],
  socketPath: string,
  log: (line: string) => void,
): Promise<RunningService> {
  let refused = await tryConnect(settings);
  // Our own instance (its socket is in our data folder) from a run that stopped before creating the user.
  if (refused && existsSync(socketPath) && (await canConnectAsRoot(socketPath))) {
    await provisionDatabase(socketPath, settings);
    refused = await tryConnect(settings);
  }
  if (refused) {
    throw new ServiceStartError(
      `A MySQL server on ${settings.host}:${settings.port} refuses the DATABASE_URL login (${refused}): fix DATABASE_URL or stop that server.`,
    );
  }
  log(`${NAME}: a MySQL server already answers on ${settings.host}:${settings.port}, reusing it`);
  return reused(NAME);
}

function initialise(installDb: string, dataDir: string): void {
  if (existsSync(path.join(dataDir, INITIALISED_MARKER))) return;
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const result = spawnSync(
    installDb,
    ["--no-defaults", `--datadir=${dataDir}`, "--auth-root-authentication-method=normal", "--skip-test-db"],
    { encoding: "utf8" },
  );
  if (result.status !== 0) {
    const tail = `${result.stdout ?? ""}${result.stderr ?? ""}`.trim().split("\n").slice(-5).join(" | ");
    throw new ServiceStartError(`mariadb-install-db failed for ${dataDir}: ${result.error?.message ?? tail}`);
  }
  writeFileSync(path.join(dataDir, INITIALISED_MARKER), new Date().toISOString());
}

function socketPathFor(dataDir: string, port: number): string {
  const inDataDir = path.join(dataDir, "mysqld.sock");
  return inDataDir.length <= MAX_SOCKET_PATH ? inDataDir : path.join(os.tmpdir(), `ledgerline-mysqld-${port}.sock`);
}
