/**
 * The settings every test run uses: its own ports, data folders, table and database, so that tests never
 * touch a dev instance (DynamoDB Local 8000, MariaDB 3307, app 3000) running beside them.
 * Read by scripts/test.ts, vitest.config.ts, tests/support/global-setup.ts and playwright.config.ts.
 */
import type { Settings } from "@/lib/config";

export const TEST_ENV = {
  APP_PORT: "3100",
  DYNAMODB_ENDPOINT: "http://127.0.0.1:8100",
  DYNAMODB_DATA_DIR: ".data/test-dynamodb",
  EVENTS_TABLE: "ledgerline-events-test",
  DATABASE_URL: "mysql://ledgerline:ledgerline@127.0.0.1:3407/ledgerline_test",
  MYSQL_DATA_DIR: ".data/test-mysql",
} as const satisfies Partial<Record<keyof Settings, string>>;

/**
 * Not settings of the app, but of tools under test: the AWS SDK's notice that its Node 20 support ends (see
 * README) would repeat in every test worker, and Next.js telemetry cannot reach its server from a test run.
 */
export const TEST_TOOL_ENV = {
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
  NEXT_TELEMETRY_DISABLED: "1",
} as const;

export const TEST_APP_URL = `http://127.0.0.1:${TEST_ENV.APP_PORT}`;

/** Where the test runners write machine-readable results for scripts/test.ts's closing summary. */
export const TEST_REPORTS_DIR = ".data/test-reports";

/**
 * Secrets of the production build the end-to-end tests run against (`next start`): writes through the HTTP API
 * and the instructor's controls are refused in production unless these are set, and the tests present them.
 */
export const E2E_SECRETS = {
  API_TOKEN: "e2e-api-token",
  INSTRUCTOR_SECRET: "e2e-instructor-secret",
} as const;
