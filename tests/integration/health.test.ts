import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { config, parseConfig } from "@/lib/config";
import { CHECK_TIMEOUT_MS, checkHealth, healthHttpStatus } from "@/lib/health";
import { TEST_ENV } from "@/tests/support/test-env";

/** A port that nothing listens on: bound once by us, then released. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const withMysqlAt = (port: number) =>
  parseConfig({ ...TEST_ENV, DATABASE_URL: `mysql://ledgerline:ledgerline@127.0.0.1:${port}/ledgerline_test` });

describe("the health check", () => {
  it("reports both stores up, with the migration level, when the test stores run", async () => {
    const report = await checkHealth(config());
    expect(report.eventStore).toMatchObject({ state: "up", kind: "DynamoDB Local", tableStatus: "ACTIVE" });
    expect(report.readModel.state).toBe("up");
    expect(report.readModel.appliedMigrations).toBe(report.readModel.expectedMigrations);
    expect(report.readModel.expectedMigrations).toBeGreaterThan(0);
    expect(healthHttpStatus(report)).toBe(200);
  });

  it("answers 503 with the read model down when MySQL's port is closed", async () => {
    const report = await checkHealth(withMysqlAt(await closedPort()));
    expect(report.readModel.state).toBe("down");
    expect(report.readModel.error).toBeTruthy();
    expect(report.eventStore.state).toBe("up");
    expect(report.ok).toBe(false);
    expect(healthHttpStatus(report)).toBe(503);
  });

  it("reports the event store down when DynamoDB's port is closed", async () => {
    const settings = parseConfig({ ...TEST_ENV, DYNAMODB_ENDPOINT: `http://127.0.0.1:${await closedPort()}` });
    const report = await checkHealth(settings);
    expect(report.eventStore.state).toBe("down");
    expect(healthHttpStatus(report)).toBe(503);
  });

  it("reports a table that does not exist as not ready", async () => {
    const report = await checkHealth(parseConfig({ ...TEST_ENV, EVENTS_TABLE: "ledgerline-no-such-table" }));
    expect(report.eventStore).toMatchObject({ state: "not-ready", tableStatus: "missing" });
    expect(healthHttpStatus(report)).toBe(503);
  });

  describe("when a server accepts connections but never answers", () => {
    const held: net.Socket[] = [];
    // Holds each connection open and says nothing, like a hung server.
    const silent = net.createServer((socket) => void held.push(socket));
    let port = 0;
    beforeAll(async () => {
      await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
      port = (silent.address() as net.AddressInfo).port;
    });
    afterAll(async () => {
      held.forEach((socket) => socket.destroy());
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    });

    it("gives up within the check's timeout instead of hanging", async () => {
      const started = Date.now();
      const report = await checkHealth(withMysqlAt(port));
      const elapsed = Date.now() - started;
      expect(report.readModel.state).toBe("down");
      expect(elapsed).toBeLessThan(CHECK_TIMEOUT_MS + 1_000);
    });
  });
});
