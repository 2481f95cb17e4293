/**
 * The lab's progress against the real MySQL: a pass is recorded once per sandbox and exercise, read back for the
 * sandbox and for a class's sandboxes; an exercise the lab does not have is refused.
 */
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { DEFAULT_SANDBOX, newSandboxId } from "@/lib/domain/sandbox";
import { loadLabPasses, recordLabPass } from "@/lib/lab/lab-progress";
import { labPassesBySandbox } from "@/lib/read-model/lab-pass-queries";
import { app } from "@/lib/server/app";
import { useTestStores } from "@/tests/support/test-stores";

useTestStores("lab-passes");

describe("lab passes", () => {
  it("are recorded once per sandbox and exercise, and read back per sandbox", async () => {
    const [mine, theirs] = [newSandboxId(randomBytes(10)), newSandboxId(randomBytes(10))];
    expect(await recordLabPass(app().readModel, mine, "evolve")).toEqual({ status: "ok" });
    expect(await recordLabPass(app().readModel, mine, "evolve")).toEqual({ status: "ok" });
    expect(await recordLabPass(app().readModel, mine, "decide")).toEqual({ status: "ok" });
    expect(await recordLabPass(app().readModel, theirs, "snapshot")).toEqual({ status: "ok" });

    expect((await loadLabPasses(app().readModel, mine)).sort()).toEqual(["decide", "evolve"]);
    const bySandbox = await labPassesBySandbox(app().readModel, [mine, theirs, newSandboxId(randomBytes(10))]);
    expect(bySandbox[mine]?.sort()).toEqual(["decide", "evolve"]);
    expect(bySandbox[theirs]).toEqual(["snapshot"]);
  });

  it("refuse an exercise the lab does not have", async () => {
    const sandbox = newSandboxId(randomBytes(10));
    expect(await recordLabPass(app().readModel, sandbox, "drop-tables")).toEqual({ status: "unknown-exercise" });
    expect(await recordLabPass(app().readModel, sandbox, 42)).toEqual({ status: "unknown-exercise" });
    expect(await loadLabPasses(app().readModel, sandbox)).toEqual([]);
  });
});

it("are kept in the browser alone for solo use: the default sandbox records none", async () => {
  expect(await recordLabPass(app().readModel, DEFAULT_SANDBOX, "evolve")).toEqual({ status: "ok" });
  expect(await loadLabPasses(app().readModel, DEFAULT_SANDBOX)).toEqual([]);
  expect(await labPassesBySandbox(app().readModel, [DEFAULT_SANDBOX])).toEqual({});
});
