import "server-only";
import { createRequire } from "node:module";
import type * as NextEnv from "@next/env";

// @next/env is CommonJS without named exports Node's ESM loader can see, hence require.
const { loadEnvConfig } = createRequire(import.meta.url)("@next/env") as typeof NextEnv;

/**
 * Loads the .env files Next.js reads (.env.development.local, .env.local, .env.development, .env) into the
 * environment, so that the services a script starts and the app it runs agree on every setting. Variables
 * already set win, as in Next.js. Call before lib/config.ts's config().
 */
export function loadEnvFiles(): void {
  loadEnvConfig(process.cwd(), true, { info: () => {}, error: console.error });
}
