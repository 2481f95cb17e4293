import "server-only";
import { spawnSync } from "node:child_process";
import { accessSync, constants } from "node:fs";
import path from "node:path";

// Debian puts mariadbd in /usr/sbin, which is not on a normal user's PATH.
const SBIN_DIRS = ["/usr/sbin", "/usr/local/sbin", "/sbin"];

/** The absolute path of an executable found on PATH (as the shell sees it) or in the sbin folders. */
export function findExecutable(name: string): string | undefined {
  const lookup = spawnSync("sh", ["-c", 'command -v "$0"', name], { encoding: "utf8" });
  const onPath = lookup.status === 0 ? lookup.stdout.trim() : "";
  if (onPath.startsWith("/")) return onPath;
  return SBIN_DIRS.map((dir) => path.join(dir, name)).find(isExecutable);
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function isRoot(): boolean {
  return process.getuid?.() === 0;
}
