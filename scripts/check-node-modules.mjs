// Exits 0 when node_modules holds every package of package-lock.json at its locked version, 1 otherwise
// (missing, stale after a pull, or package.json changed without a lock update). Plain Node: it runs before
// anything is installed.
import { existsSync, readFileSync } from "node:fs";

const lock = JSON.parse(readFileSync("package-lock.json", "utf8"));
const manifest = JSON.parse(readFileSync("package.json", "utf8"));
const root = lock.packages?.[""] ?? {};

function problem() {
  for (const field of ["dependencies", "devDependencies"]) {
    const wanted = manifest[field] ?? {};
    const locked = root[field] ?? {};
    for (const name of new Set([...Object.keys(wanted), ...Object.keys(locked)])) {
      if (wanted[name] !== locked[name]) return `package.json and package-lock.json disagree on ${name}`;
    }
  }
  for (const [location, entry] of Object.entries(lock.packages ?? {})) {
    if (location === "" || entry.extraneous || entry.link) continue;
    const file = `${location}/package.json`;
    if (!existsSync(file)) {
      if (entry.optional || entry.devOptional || entry.peer) continue; // not for this platform
      return `${location} is missing`;
    }
    const installed = JSON.parse(readFileSync(file, "utf8")).version;
    if (entry.version && installed !== entry.version) return `${location} is ${installed}, locked ${entry.version}`;
  }
  return undefined;
}

const found = existsSync("node_modules") ? problem() : "node_modules is missing";
if (found) {
  console.log(`node_modules needs installing: ${found}`);
  process.exit(1);
}
