import { describe, expect, it } from "vitest";
import { validateEmail } from "@/lib/domain/student/validation";
import { demoPerson, tabEmail, taggedEmail } from "@/lib/walkthrough/demo-values";
import { lagBetween } from "@/lib/walkthrough/projection-lag";
import { rebuildPercent, runOutcome, STALE_RUN_MS } from "@/lib/walkthrough/rebuild-progress";
import { fromUtcInputValue, toUtcInputValue, travelTarget } from "@/lib/walkthrough/time-travel";

const events = [
  { revision: 1, recordedAt: "2026-01-16T09:00:00.000Z" },
  { revision: 2, recordedAt: "2026-01-16T09:05:00.000Z" },
  { revision: 3, recordedAt: "2026-01-16T09:10:00.000Z" },
];

describe("travelTarget", () => {
  it("takes a revision as asked, clamped to the stream", () => {
    expect(travelTarget(events, { revision: 2, at: undefined })).toEqual({ revision: 2, by: "revision" });
    expect(travelTarget(events, { revision: 9, at: undefined })).toEqual({ revision: 3, by: "revision" });
  });

  it("turns a moment into the last event recorded at or before it", () => {
    expect(travelTarget(events, { revision: undefined, at: "2026-01-16T09:07:00.000Z" })).toEqual({
      revision: 2,
      by: "time",
    });
    expect(travelTarget(events, { revision: undefined, at: "2026-01-16T09:05:00.000Z" })).toEqual({
      revision: 2,
      by: "time",
    });
    expect(travelTarget(events, { revision: undefined, at: "2026-01-16T08:00:00.000Z" })).toEqual({
      revision: 0,
      by: "time",
    });
  });

  it("is the latest revision when nothing is asked", () => {
    expect(travelTarget(events, { revision: undefined, at: undefined })).toEqual({ revision: 3, by: "latest" });
  });

  it("reads and writes datetime-local values as UTC", () => {
    expect(toUtcInputValue("2026-01-16T09:30:12.345Z")).toBe("2026-01-16T09:30:12.345");
    expect(fromUtcInputValue("2026-01-16T09:30")).toBe("2026-01-16T09:30:00.000Z");
    expect(fromUtcInputValue("not a date")).toBeUndefined();
  });
});

describe("lagBetween", () => {
  it("counts the events the read model has not handled and how long the oldest has waited", () => {
    expect(lagBetween(events, 1, Date.parse("2026-01-16T09:06:00.000Z"))).toEqual({
      eventsBehind: 2,
      behindMs: 60_000,
    });
  });

  it("is zero once the read model has caught up", () => {
    expect(lagBetween(events, 3, Date.parse("2026-01-16T10:00:00.000Z"))).toEqual({ eventsBehind: 0, behindMs: 0 });
  });
});

describe("demo values", () => {
  it("are valid details the domain accepts, and each change really changes the address", () => {
    const person = demoPerson(3, "a1b2c3");
    expect(validateEmail(person.email).ok).toBe(true);
    const first = taggedEmail(person.email, 2);
    const second = taggedEmail(first, 3);
    expect(first).not.toBe(person.email);
    expect(second).toBe(person.email.replace("@", "+3@"));
    expect(validateEmail(second).ok).toBe(true);
    expect(tabEmail(second, "b")).toBe(person.email.replace("@", "+tab-b@"));
    expect(validateEmail(tabEmail(second, "a")).ok).toBe(true);
  });
});

describe("rebuildPercent", () => {
  const at = (done: number, total: number, status = "running") =>
    rebuildPercent({ status, eventsDone: done, eventsTotal: total });

  it("is the share of events written out of events read, the same numbers as the line under the bar", () => {
    expect(at(0, 0)).toBe(0);
    expect(at(0, 1968, "failed")).toBe(0);
    expect(at(984, 1968)).toBe(50);
    expect(at(1967, 1968)).toBe(99);
    expect(at(1968, 1968)).toBe(100);
  });

  it("is 100 for a finished run, even an empty one", () => {
    expect(at(0, 0, "done")).toBe(100);
  });
});

describe("runOutcome", () => {
  const run = { phase: "reading", eventsDone: 0, eventsTotal: 0, startedAt: "2026-01-16T09:00:00.000Z" };
  const now = Date.parse("2026-01-16T09:01:00.000Z");

  it("says what the run's status says", () => {
    expect(runOutcome({ ...run, status: "done" }, now)).toBe("done");
    expect(runOutcome({ ...run, status: "failed" }, now)).toBe("failed");
    expect(runOutcome({ ...run, status: "running" }, now)).toBe("running");
  });

  it("takes a run still running long after it started for one cut short (its server stopped)", () => {
    expect(runOutcome({ ...run, status: "running" }, now + STALE_RUN_MS)).toBe("cut-short");
  });
});
