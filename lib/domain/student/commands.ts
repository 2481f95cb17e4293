/**
 * What a user asks of a student, as verbs. Raw input goes in as typed; `decide` trims and checks it. The
 * studentId names the stream the command is for.
 */
type Command<Type extends string, Data> = Readonly<{ type: Type; data: Readonly<Data> }>;

export type RegisterStudent = Command<
  "RegisterStudent",
  { studentId: string; fullName: string; email: string; dateOfBirth: string }
>;

export type UpdateStudentDetails = Command<
  "UpdateStudentDetails",
  { studentId: string; fullName: string; email: string }
>;

export type EnrolStudent = Command<"EnrolStudent", { studentId: string; courseId: string }>;

export type UnenrolStudent = Command<"UnenrolStudent", { studentId: string; courseId: string }>;

export type StudentCommand = RegisterStudent | UpdateStudentDetails | EnrolStudent | UnenrolStudent;
