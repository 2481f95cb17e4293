import path from "node:path";
import { fileURLToPath } from "node:url";

/** @type {import("next").NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // mysql2 is a Node driver with optional native bits; load it from node_modules rather than bundle it.
  serverExternalPackages: ["mysql2"],
  // Pin the workspace root: a lockfile in a parent folder would otherwise be taken for it.
  turbopack: { root: path.dirname(fileURLToPath(import.meta.url)) },
};

export default nextConfig;
