/** The students list's page for a search, read from the read model (server-side paging, fast with thousands). */
import "server-only";
import { listStudents, type StudentListPage } from "@/lib/read-model/student-queries";
import type { SandboxStores } from "@/lib/server/app";
import { PAGE_SIZE, type ListParams } from "@/lib/students/list-params";

/** undefined when MySQL did not answer: the page says so and offers to try again, rather than failing. */
export async function loadStudentList(
  { readModel, sandbox }: Pick<SandboxStores, "readModel" | "sandbox">,
  { query, page }: ListParams,
): Promise<StudentListPage | undefined> {
  try {
    return await listStudents(readModel, sandbox, { search: query, page, pageSize: PAGE_SIZE });
  } catch (error) {
    console.error("the students list could not be read from the read model", error);
    return undefined;
  }
}
