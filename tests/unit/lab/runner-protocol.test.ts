import { describe, expect, it } from "vitest";
import { readRunAnswer } from "@/lib/lab/runner-protocol";
import { transpile } from "@/lib/lab/transpile";

describe("an answer from the worker", () => {
  it("is taken when it is this run's, with one well-formed result per job", () => {
    const data = {
      runId: "r1",
      status: "done",
      results: [
        { ok: true, value: 1 },
        { ok: false, problem: { kind: "threw", message: "m", line: 2 } },
      ],
    };
    expect(readRunAnswer(data, "r1", 2)).toEqual(data);
  });

  it("is refused when it is another run's, has the wrong number of results or an unknown problem", () => {
    expect(readRunAnswer({ runId: "r0", status: "done", results: [] }, "r1", 0)).toBeUndefined();
    expect(readRunAnswer({ runId: "r1", status: "done", results: [] }, "r1", 1)).toBeUndefined();
    expect(
      readRunAnswer({ runId: "r1", status: "failed", problem: { kind: "pwned", message: "" } }, "r1", 0),
    ).toBeUndefined();
    expect(readRunAnswer({ runId: "r1", status: "done", results: [{ ok: "yes" }] }, "r1", 1)).toBeUndefined();
    expect(readRunAnswer("passed", "r1", 0)).toBeUndefined();
  });
});

describe("transpiling the learner's code", () => {
  it("strips the types and keeps every line where it was", () => {
    const result = transpile("export function f(a: number): number {\n  return a;\n}\n");
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.code.split("\n")[1]).toContain("return a;");
  });

  it("reports a syntax error at its line", () => {
    expect(transpile("export function f() {\n  return (;\n}\n")).toMatchObject({ ok: false, line: 2 });
  });
});

describe("a dynamic import in the learner's code", () => {
  it("is refused before the code runs, at its line", () => {
    expect(transpile("export function f() {\n  return import('/api/health');\n}\n")).toMatchObject({
      ok: false,
      line: 2,
    });
  });
});
