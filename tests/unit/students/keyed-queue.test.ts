import { describe, expect, it } from "vitest";
import { createKeyedQueue } from "@/lib/students/keyed-queue";

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe("a keyed queue", () => {
  it("runs one task at a time per key, in arrival order, and keys side by side", async () => {
    const queue = createKeyedQueue();
    const log: string[] = [];
    let runningOnA = 0;
    let mostOnA = 0;
    const onA = (name: string) =>
      queue.run("a", async () => {
        runningOnA += 1;
        mostOnA = Math.max(mostOnA, runningOnA);
        log.push(`start ${name}`);
        await tick();
        log.push(`end ${name}`);
        runningOnA -= 1;
        return name;
      });
    const onB = queue.run("b", async () => {
      log.push("b");
      return "b";
    });
    expect(await Promise.all([onA("1"), onA("2"), onA("3"), onB])).toEqual(["1", "2", "3", "b"]);
    expect(mostOnA).toBe(1);
    expect(log.filter((line) => line !== "b")).toEqual(["start 1", "end 1", "start 2", "end 2", "start 3", "end 3"]);
    // b did not wait for a's tasks.
    expect(log.indexOf("b")).toBeLessThan(log.indexOf("end 1"));
  });

  it("goes on after a task fails, and the failure reaches only its caller", async () => {
    const queue = createKeyedQueue();
    const failed = queue.run("a", async () => {
      throw new Error("boom");
    });
    const next = queue.run("a", async () => "next");
    await expect(failed).rejects.toThrow("boom");
    await expect(next).resolves.toBe("next");
  });
});
