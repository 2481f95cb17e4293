import { describe, expect, it } from "vitest";
import { validateEmail } from "@/lib/domain/student/validation";
import { demoPerson, tabEmail, taggedEmail } from "@/lib/walkthrough/demo-values";
import { lagBetween } from "@/lib/walkthrough/projection-lag";
import { rebuildPercent } from "@/lib/walkthrough/rebuild-progress";
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
    expect(travelTarget(events, { revision: undefined, at: "2026-01-16T09:07:00.000Z" })).toEqual({ revision: 2, by: "time" });
    expect(travelTarget(events, { revision: undefined, at: "2026-01-16T09:05:00.000Z" })).toEqual({ revision: 2, by: "time" });
    expect(travelTarget(events, { revision: undefined, at: "2026-01-16T08:00:00.000Z" })).toEqual({ revision: 0, by: "time" });
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
    expect(lagBetween(events, 1, Date.parse("2026-01-16T09:06:00.000Z"))).toEqual({ eventsBehind: 2, behindMs: 60_000 });
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
  it("moves forward through the phases and ends at 100", () => {
    const at = (phase: string, done = 0, total = 0, status = "running") => rebuildPercent({ status, phase, eventsDone: done, eventsTotal: total });
    expect(at("reading")).toBeLessThan(at("writing", 10, 100));
    expect(at("writing", 10, 100)).toBeLessThan(at("writing", 90, 100));
    expect(at("writing", 100, 100)).toBeLessThan(at("catching-up"));
    expect(at("done", 100, 100, "done")).toBe(100);
  });
});
