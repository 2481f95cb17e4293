/** The students list's loader: a page of the read model, or undefined (not an error) when MySQL is away. */
import { afterAll, describe, expect, it, vi } from "vitest";
import { studentStreamId } from "@/lib/domain/student/stream-id";
import { createReadModel } from "@/lib/read-model/client";
import { loadStudentList } from "@/lib/students/student-list";
import { closeStores, eventsOf, registeredStudentId } from "@/tests/integration/students/helpers";
import { app } from "@/lib/server/app";
import { DEFAULT_SANDBOX } from "@/lib/domain/sandbox";

afterAll(closeStores);

describe("loading the students list", () => {
  it("gives the page of students that match the search", async () => {
    const email = `list-${Date.now()}@example.com`;
    const studentId = await registeredStudentId({ fullName: "Grace Hopper", email, dateOfBirth: "1996-12-09" });
    await app().projectInline(studentStreamId(studentId), await eventsOf(studentId), { force: true });
    const result = await loadStudentList({ ...app(), sandbox: DEFAULT_SANDBOX }, { query: email, page: 1 });
    expect(result).toMatchObject({ total: 1, page: 1, rows: [{ studentId, email }] });
  });

  it("gives undefined when the read model does not answer", async () => {
    // Nothing listens on port 1: the connection is refused at once.
    const away = createReadModel("mysql://nobody:nothing@127.0.0.1:1/none");
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      expect(
        await loadStudentList({ readModel: away, sandbox: DEFAULT_SANDBOX }, { query: "", page: 1 }),
      ).toBeUndefined();
      expect(logged).toHaveBeenCalled();
    } finally {
      logged.mockRestore();
      // A pool that never connected ends by rejecting with that same refused connection.
      await away.close().catch(() => undefined);
    }
  });
});
