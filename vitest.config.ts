import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { TEST_ENV, TEST_TOOL_ENV } from "./tests/support/test-env.ts";

const root = fileURLToPath(new URL(".", import.meta.url));
// `server-only` throws outside React Server Components; under vitest the modules run as plain Node code.
const alias = { "@": root, "server-only": fileURLToPath(new URL("tests/support/server-only.ts", import.meta.url)) };

export default defineConfig({
  test: {
    projects: [
      { resolve: { alias }, test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" } },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/support/global-setup.ts"],
          // The test stores' settings (their own ports and names), which global-setup starts or finds running.
          env: { ...TEST_ENV, ...TEST_TOOL_ENV },
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
