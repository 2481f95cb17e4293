/** `npm run rebuild`: rebuilds the read model from the event store, with progress, while the app keeps serving. */
import { rebuildReadModel } from "@/lib/projector/rebuild";
import { app, closeApp } from "@/lib/server/app";

const bar = (done: number, total: number) => {
  const width = 30;
  const filled = total > 0 ? Math.round((done / total) * width) : 0;
  return `[${"#".repeat(filled)}${".".repeat(width - filled)}]`;
};

let last = "";
const result = await rebuildReadModel(app().store, app().readModel, (p) => {
  const line = `${p.phase.padEnd(12)} ${bar(p.eventsDone, p.eventsTotal)} ${p.eventsDone}/${p.eventsTotal} events, ${p.eventsPerSecond}/s`;
  if (line !== last && process.stdout.isTTY) process.stdout.write(`\r${line}`);
  last = line;
});
if (process.stdout.isTTY) process.stdout.write("\n");
console.log(
  `rebuilt ${result.events} events of ${result.streams} streams in ${result.seconds.toFixed(2)} s (${result.eventsPerSecond} events/s); ` +
    `checksum before ${result.checksumBefore}, after ${result.checksumAfter}`,
);
await closeApp();
