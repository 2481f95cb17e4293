/**
 * `npm run bench`: starts its own DynamoDB Local (in memory) and MariaDB on bench ports, then prints
 *  1. appends/s at concurrency 1, 8, 32: raw conditional PutItem vs appendToStream (exact revision), ratio;
 *  2. projection lag p50/p95/p99 at about half the store's append capacity, projector in its own process;
 *  3. rebuild events/s for 10,000 events over 1,000 streams vs a raw consistent Scan of the same items;
 *  4. the live feed's fan-out: 5, 50, 500 SSE connections to `next start`, spread over 50 learners' sandboxes
 *     (bench/live-fanout.ts);
 *  5. enrolments/s with the course's consistency boundary vs plain appends, at concurrency 1, 8, 32, on one hot
 *     course and over six, against the serial rate of one course's decisions (bench/enrolment-boundary.ts).
 */
import { spawn } from "node:child_process";
import { availableParallelism } from "node:os";

import { formatCpuSeconds } from "@/bench/cpu-meter";
import { measureAppendThroughput } from "@/bench/append-throughput";
import { measureEnrolmentBoundary } from "@/bench/enrolment-boundary";
import { formatEnrolmentBoundary } from "@/bench/enrolment-boundary-figures";
import { formatLiveFanout, measureLiveFanout } from "@/bench/live-fanout";
import { measureProjectionLag } from "@/bench/projection-lag";
import { measureRebuildSpeed, seedStreams } from "@/bench/rebuild-speed";
import { parseConfig } from "@/lib/config";
import { startDynamoDbLocal } from "@/lib/dev-services/dynamodb-local";
import { prepareStores } from "@/lib/dev-services/prepare-stores";
import { startServices } from "@/lib/dev-services/services";
import { createReadModel } from "@/lib/read-model/client";
import { emptyReadModel } from "@/lib/read-model/reset";
import { createApp, type App } from "@/lib/server/app";

/** The bench's own stores, on ports of their own; the projector child process gets the same settings. */
const BENCH_ENV = {
  NODE_ENV: "production" as const,
  DYNAMODB_ENDPOINT: "http://127.0.0.1:8150",
  DYNAMODB_DATA_DIR: ".data/bench-dynamodb",
  EVENTS_TABLE: "ledgerline-events-bench",
  DATABASE_URL: "mysql://ledgerline:ledgerline@127.0.0.1:3457/ledgerline_bench",
  MYSQL_DATA_DIR: ".data/bench-mysql",
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
};
const settings = parseConfig({ ...process.env, ...BENCH_ENV });
const readModel = createReadModel(settings.mysql.url);

const quick = process.argv.includes("--quick");
/** `--only=append|lag|rebuild|fanout|seat` runs one part (lag needs the append figures, so it measures them quickly first). */
const only = process.argv.find((a) => a.startsWith("--only="))?.slice("--only=".length);
const runs = (part: string) => only === undefined || only === part;
const log = (line: string) => console.log(`[bench] ${line}`);
const services = await startServices(
  { ...settings, dynamo: { ...settings.dynamo, isLocal: false } },
  { fresh: true, log: () => {} },
);
const fmt = (n: number) => Math.round(n).toLocaleString("en-US");

/**
 * Runs one part on its own fresh DynamoDB Local, in memory (as the reference figures were taken:
 * measure the store, not the disk), and an empty read model. A fresh instance per part because DynamoDB
 * Local's puts into a table slow down badly once another table of the instance holds many items with a
 * stream (after 50,000 puts into one table, puts into a new one fell from ≈450/s to ≈30/s): one part's
 * leftovers must not weigh on the next.
 */
async function onFreshStores<T>(
  part: (stores: App, pids: Record<string, number | undefined>) => Promise<T>,
): Promise<T> {
  const dynamo = await startDynamoDbLocal({
    endpoint: settings.dynamo.endpoint!,
    dataDir: settings.dynamo.dataDir,
    fresh: true,
    inMemory: true,
    log,
  });
  // New store objects per part: nothing remembered from another part's table.
  const stores = createApp(settings, { readModel });
  try {
    await prepareStores(settings, { log });
    await emptyReadModel(readModel);
    return await part(stores, { ...services.pids, [dynamo.name]: dynamo.pid });
  } finally {
    stores.dynamo.destroy();
    stores.readMeter.close();
    await dynamo.stop();
  }
}

try {
  const measuresAppends = runs("append") || runs("lag");
  if (measuresAppends) log("1/5 append throughput (each figure: the better of two runs of a few seconds)");
  const rows = measuresAppends
    ? await onFreshStores(({ dynamo }) =>
        measureAppendThroughput(dynamo, { seconds: quick || !runs("append") ? 2 : 6 }),
      )
    : [];
  if (measuresAppends) {
    console.log("\nAppends per second, DynamoDB Local (in memory), one event per append, spread over 2,000 streams");
    console.log("concurrency | raw conditional PutItem | appendToStream (exact revision) | ratio b/a (target ≥ 0.80)");
  }
  for (const r of rows)
    console.log(
      `${String(r.concurrency).padStart(11)} | ${fmt(r.rawPutPerSecond).padStart(23)} | ${fmt(r.appendPerSecond).padStart(31)} | ${r.ratio.toFixed(2)}`,
    );

  if (runs("lag")) {
    log("2/5 projection lag");
    const capacity = rows.find((r) => r.concurrency === 8)?.appendPerSecond ?? 200;
    const lag = await onFreshStores(async ({ store }) => {
      const projector = spawn("node_modules/.bin/tsx", ["--conditions=react-server", "scripts/projector.ts"], {
        env: { ...process.env, ...BENCH_ENV },
        stdio: "ignore",
      });
      try {
        return await measureProjectionLag(store, readModel, {
          ratePerSecond: Math.max(10, Math.round(capacity / 2)),
          seconds: quick ? 5 : 20,
          warmUpSeconds: quick ? 5 : 15,
        });
      } finally {
        projector.kill("SIGTERM");
      }
    });
    console.log(
      `\nProjection lag (append acknowledged → row visible in MySQL), ${fmt(lag.appended)} appends at ${lag.ratePerSecond}/s (half the c=8 capacity)`,
    );
    console.log(
      `p50 ${fmt(lag.p50)} ms | p95 ${fmt(lag.p95)} ms | p99 ${fmt(lag.p99)} ms (target < 500) | max ${fmt(lag.max)} ms`,
    );
  }

  if (runs("rebuild")) {
    log("3/5 rebuild speed: seeding 10,000 events over 1,000 streams");
    const rebuild = await onFreshStores(async ({ dynamo, store, tableName }, pids) => {
      await seedStreams(store, { events: quick ? 2000 : 10_000, streams: quick ? 200 : 1000 });
      await new Promise((r) => setTimeout(r, 1000));
      return measureRebuildSpeed(dynamo, tableName, store, readModel, pids);
    });
    console.log(
      `\nRebuild of ${fmt(rebuild.events)} events over ${fmt(rebuild.streams)} streams (parallel Scan, 4 segments; batched inserts)`,
    );
    console.log(
      `raw consistent Scan ${fmt(rebuild.rawScanPerSecond)} items/s | rebuild ${fmt(rebuild.rebuildPerSecond)} events/s | ratio ${rebuild.ratio.toFixed(2)} (rate accepted, issue 5)`,
    );
    console.log(
      `raw pipeline (the same Scan, then a batched INSERT of one row per item) ${fmt(rebuild.rawPipelinePerSecond)} items/s | rebuild ${fmt(rebuild.rebuildPerSecond)} events/s | ratio ${(rebuild.rebuildPerSecond / rebuild.rawPipelinePerSecond).toFixed(2)}`,
    );
    const { read, fold, write, swap } = rebuild.phases;
    console.log(
      `phases: read ${read.toFixed(2)} s, fold ${fold.toFixed(2)} s, write ${write.toFixed(2)} s, catch-up + swap ${swap.toFixed(2)} s`,
    );
    console.log(`CPU seconds (${availableParallelism()} cores), raw Scan: ${formatCpuSeconds(rebuild.cpu.rawScan)}`);
    console.log(
      `CPU seconds (${availableParallelism()} cores), raw pipeline: ${formatCpuSeconds(rebuild.cpu.rawPipeline)}`,
    );
    console.log(`CPU seconds (${availableParallelism()} cores), rebuild:  ${formatCpuSeconds(rebuild.cpu.rebuild)}`);
  }

  if (runs("fanout")) {
    log("4/5 live feed fan-out");
    const ratePerSecond = 20;
    const fanout = await onFreshStores(({ store, readModel }, otherPids) =>
      measureLiveFanout({
        store,
        readModel,
        dynamoEndpoint: settings.dynamo.endpoint!,
        env: BENCH_ENV,
        otherPids,
        ratePerSecond,
        seconds: quick ? 8 : 20,
        log,
      }),
    );
    console.log(`\n${formatLiveFanout(fanout, ratePerSecond).join("\n")}`);
  }

  if (runs("seat")) {
    log("5/5 enrolments with the course's consistency boundary vs plain appends");
    const started = performance.now();
    const seat = await onFreshStores((stores, pids) =>
      measureEnrolmentBoundary(stores, pids, {
        requests: quick ? 60 : 200,
        noQueueRequests: quick ? 30 : 60,
        warmUpSeconds: quick ? 5 : 20,
        log,
      }),
    );
    log(`seat: ${Math.round((performance.now() - started) / 1000)} s`);
    console.log(`\n${formatEnrolmentBoundary(seat).join("\n")}`);
  }
} finally {
  await readModel.close();
  await services.stop();
}
