import { describe, expect, it } from "vitest";
import { COURSES } from "@/lib/domain/courses";
import { parseStudentEvent } from "@/lib/domain/student/parse-event";
import { planSampleClass } from "@/lib/instructor/sample-class";

describe("planSampleClass", () => {
  const plan = planSampleClass(2025);

  it("plans exactly the same class for the same seed: ids, names, commands and order", () => {
    expect(planSampleClass(2025)).toEqual(plan);
  });

  it("plans another class for another seed", () => {
    const other = planSampleClass(2026);
    expect(other.students.map((s) => s.studentId)).not.toEqual(plan.students.map((s) => s.studentId));
  });

  it("registers 30 students and a few hundred events in all", () => {
    expect(plan.students).toHaveLength(30);
    expect(new Set(plan.students.map((s) => s.studentId)).size).toBe(30);
    expect(plan.appends.length).toBeGreaterThanOrEqual(250);
    expect(plan.appends.length).toBeLessThanOrEqual(400);
    expect(plan.appends.filter((a) => a.event.type === "StudentRegistered")).toHaveLength(30);
  });

  it("plans only events the domain accepts, each at the next revision of its stream", () => {
    const revisions = new Map<string, number>();
    for (const { streamId, expectedRevision, event } of plan.appends) {
      expect(parseStudentEvent(event).ok).toBe(true);
      expect(expectedRevision).toBe(revisions.get(streamId) ?? 0);
      revisions.set(streamId, expectedRevision + 1);
    }
  });

  it("spreads the events over time in the order they are appended", () => {
    const times = plan.appends.map((a) => Date.parse(String(a.event.metadata?.occurredAt)));
    expect(times.every((t, i) => i === 0 || t > times[i - 1]!)).toBe(true);
    expect(times.at(-1)! - times[0]!).toBeGreaterThan(7 * 24 * 60 * 60 * 1000);
  });

  it("never fills a course beyond its capacity", () => {
    const seats = new Map<string, number>();
    for (const { event } of plan.appends) {
      const courseId = String(event.data.courseId);
      if (event.type === "StudentEnrolled") seats.set(courseId, (seats.get(courseId) ?? 0) + 1);
      if (event.type === "StudentUnenrolled") seats.set(courseId, (seats.get(courseId) ?? 0) - 1);
      for (const course of COURSES) expect(seats.get(course.id) ?? 0).toBeLessThanOrEqual(course.capacity);
    }
  });

  it("gives every event its own id and a correlation id, as a user action would", () => {
    expect(new Set(plan.appends.map((a) => a.event.id)).size).toBe(plan.appends.length);
    for (const { event } of plan.appends) {
      expect(event.metadata?.correlationId).toBe(event.metadata?.causationId);
      expect(event.metadata?.seed).toBe("2025");
    }
  });
});
