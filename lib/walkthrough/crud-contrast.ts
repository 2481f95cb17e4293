/**
 * Step 1's contrast: what a CRUD table would hold after the same changes. A row keeps only the latest value of
 * each column; every value an UPDATE replaced is gone, together with when and why it changed. The events keep
 * all of them. Pure.
 */
import type { StudentEvent } from "@/lib/domain/student/events";

export type CrudColumn = "full_name" | "email" | "date_of_birth";

export interface CrudRow {
  id: string;
  full_name: string;
  email: string;
  date_of_birth: string;
}

export interface OverwrittenValue {
  column: CrudColumn;
  value: string;
  /** The revision of the event that set the value, and of the one that replaced it. */
  setAt: number;
  replacedAt: number;
}

export interface CrudContrast {
  row: CrudRow | undefined;
  overwritten: OverwrittenValue[];
}

export function crudContrast(events: readonly { revision: number; event: StudentEvent }[]): CrudContrast {
  let row: CrudRow | undefined;
  const setAt = new Map<CrudColumn, number>();
  const overwritten: OverwrittenValue[] = [];
  const update = (column: CrudColumn, value: string, revision: number) => {
    if (!row || row[column] === value) return;
    overwritten.push({ column, value: row[column], setAt: setAt.get(column) ?? revision, replacedAt: revision });
    row = { ...row, [column]: value };
    setAt.set(column, revision);
  };
  for (const { revision, event } of events) {
    if (event.type === "StudentRegistered" && !row) {
      const { studentId, fullName, email, dateOfBirth } = event.data;
      row = { id: studentId, full_name: fullName, email, date_of_birth: dateOfBirth };
      for (const column of ["full_name", "email", "date_of_birth"] as const) setAt.set(column, revision);
    } else if (event.type === "StudentDetailsUpdated") {
      update("full_name", event.data.fullName, revision);
      update("email", event.data.email, revision);
    }
  }
  return { row, overwritten };
}
