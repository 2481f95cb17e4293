/** The students list's page for a search, read from the read model (server-side paging, fast with thousands). */
import "server-only";
import { listStudents, type StudentListPage } from "@/lib/read-model/student-queries";
import type { Stores } from "@/lib/server/app";
import { PAGE_SIZE, type ListParams } from "@/lib/students/list-params";

/** undefined when MySQL did not answer: the page says so and offers to try again, rather than failing. */
export async function loadStudentList(
  { readModel }: Pick<Stores, "readModel">,
  { query, page }: ListParams,
): Promise<StudentListPage | undefined> {
  try {
    return await listStudents(readModel, { search: query, page, pageSize: PAGE_SIZE });
  } catch (error) {
    console.error("the students list could not be read from the read model", error);
    return undefined;
  }
}
