/**
 * The projector as the walkthrough shows it: what the instructor asked for (paused, delay) and what the
 * projector process last reported (its state and heartbeat). A projector that has not reported for a while
 * is shown as not running: the controls are stored either way and apply when it starts.
 */
import "server-only";
import {
  readProjectorControl,
  readProjectorStatus,
  setProjectorControl,
  type ProjectorControl,
} from "@/lib/read-model/projector-queries";
import type { ReadModel } from "@/lib/read-model/client";
import { fromSqlDateTime } from "@/lib/read-model/sql-time";

export interface ProjectorView {
  paused: boolean;
  delayMs: number;
  /** "absent": no heartbeat in the last HEARTBEAT_TIMEOUT_MS. */
  state: "running" | "paused" | "delayed" | "retrying" | "stopped" | "absent";
  heartbeatAgeMs: number | undefined;
}

const HEARTBEAT_TIMEOUT_MS = 10_000;

export async function readProjectorView(readModel: ReadModel): Promise<ProjectorView> {
  const [control, status] = await Promise.all([readProjectorControl(readModel), readProjectorStatus(readModel)]);
  const age = status ? Date.now() - Date.parse(fromSqlDateTime(status.heartbeatAt)) : undefined;
  const reported = status?.state;
  const known =
    reported === "running" ||
    reported === "paused" ||
    reported === "delayed" ||
    reported === "retrying" ||
    reported === "stopped";
  const state = age === undefined || age > HEARTBEAT_TIMEOUT_MS || !known ? "absent" : reported;
  return { paused: control.paused, delayMs: control.delayMs, state, heartbeatAgeMs: age };
}

export type ProjectorCommand = { kind: "pause" } | { kind: "resume" } | { kind: "delay"; seconds: number };

/** Resume clears the delay too: "back to normal". */
export async function controlProjector(readModel: ReadModel, command: ProjectorCommand): Promise<ProjectorControl> {
  switch (command.kind) {
    case "pause":
      return setProjectorControl(readModel, { paused: true });
    case "resume":
      return setProjectorControl(readModel, { paused: false, delayMs: 0 });
    case "delay":
      return setProjectorControl(readModel, { paused: false, delayMs: command.seconds * 1000 });
    default: {
      const _exhaustive: never = command;
      return _exhaustive;
    }
  }
}

export function describeProjector(view: ProjectorView): string {
  if (view.paused) return view.state === "absent" ? "Paused (the projector process is not running)" : "Paused";
  if (view.state === "absent") return "Not running: no heartbeat from the projector process";
  if (view.delayMs > 0) return `Running, ${view.delayMs / 1000} s behind on purpose`;
  if (view.state === "retrying") return "Retrying: a store is not answering";
  return "Running";
}
