import { describe, expect, it } from "vitest";
import { COURSES, courseTitle, findCourse } from "@/lib/domain/courses";

describe("the course catalogue", () => {
  it("holds a handful of courses with unique kebab-case ids", () => {
    expect(COURSES.length).toBeGreaterThanOrEqual(5);
    expect(new Set(COURSES.map((course) => course.id)).size).toBe(COURSES.length);
    for (const course of COURSES) expect(course.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it("keeps capacities small, between 3 and 30 seats", () => {
    for (const course of COURSES) {
      expect(Number.isInteger(course.capacity), course.id).toBe(true);
      expect(course.capacity, course.id).toBeGreaterThanOrEqual(3);
      expect(course.capacity, course.id).toBeLessThanOrEqual(30);
    }
  });

  it("finds a course by id and nothing for an unknown id", () => {
    expect(findCourse("distributed-systems-101")).toEqual({
      id: "distributed-systems-101",
      title: "Distributed Systems 101",
      capacity: 3,
    });
    expect(findCourse("Distributed-Systems-101")).toBeUndefined();
  });

  it("shows a course's title, or its id once it has left the catalogue", () => {
    expect(courseTitle("web-development")).toBe("Web Development");
    expect(courseTitle("retired-course")).toBe("retired-course");
  });
});
