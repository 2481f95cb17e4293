/**
 * A student as the read model keeps it: the document the projection folds from the student's events, one
 * row in students plus one per current enrolment. The projector computes it; the read model stores it.
 */
export interface EnrolmentRow {
  courseId: string;
  /** recordedAt of the StudentEnrolled event. */
  since: string;
  revision: number;
}

export interface StudentDocument {
  /** The sandbox the student's stream is in (lib/domain/sandbox.ts): part of the row's key. */
  sandbox: string;
  studentId: string;
  fullName: string;
  email: string;
  dateOfBirth: string;
  enrolments: EnrolmentRow[];
  registeredAt: string;
  updatedAt: string;
  /** The stream revision of the last event folded in. */
  revision: number;
}
