/** The timeline's end-to-end helpers: appending students' events over the HTTP API, and the timeline as a user sees it. */
import { randomUUID } from "node:crypto";
import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { E2E_SECRETS } from "@/tests/support/test-env";

export interface NewEvent {
  type: string;
  data: Record<string, unknown>;
  metadata: Record<string, unknown>;
  schemaVersion?: number;
}

/** Appends through POST /api/streams/{id}, as any HTTP client would; the browser's offline mode does not touch it. */
export async function append(request: APIRequestContext, streamId: string, ...events: NewEvent[]): Promise<void> {
  const response = await request.post(`/api/streams/${streamId}`, {
    headers: { Authorization: `Bearer ${E2E_SECRETS.API_TOKEN}` },
    data: { events },
  });
  expect(response.status(), await response.text()).toBe(201);
}

/** A student's events, each with the metadata of one user action (the command's id correlates and causes). */
export function student(fullName: string) {
  const studentId = randomUUID();
  const event = (type: string, command: string, data: Record<string, unknown>, schemaVersion = 1): NewEvent => {
    const correlationId = randomUUID();
    return {
      type,
      schemaVersion,
      data: { studentId, ...data },
      metadata: { correlationId, causationId: correlationId, command },
    };
  };
  const email = `${studentId.slice(0, 8)}@example.com`;
  return {
    fullName,
    studentId,
    streamId: `student-${studentId}`,
    registered: () => event("StudentRegistered", "RegisterStudent", { fullName, email, dateOfBirth: "1995-12-10" }, 2),
    renamed: (name: string) => event("StudentDetailsUpdated", "UpdateStudentDetails", { fullName: name, email }),
    enrolled: (courseId: string) => event("StudentEnrolled", "EnrolStudent", { courseId }),
    unenrolled: (courseId: string) => event("StudentUnenrolled", "UnenrolStudent", { courseId }),
  };
}

/** The timeline (on / or /timeline) as a user sees it. */
export function timeline(page: Page) {
  const region = page.getByRole("region", { name: /^(Events in DynamoDB|All events)$/ });
  const entries = region.getByTestId("timeline-entry");
  const entriesOf = (streamId: string) => entries.and(page.locator(`[data-stream-id="${streamId}"]`));
  return {
    status: region.getByTestId("connection-state"),
    entries,
    entriesOf,
    entry: (streamId: string, revision: number) =>
      entriesOf(streamId).and(page.locator(`[data-revision="${revision}"]`)),
    revisionsOf: (streamId: string) =>
      entriesOf(streamId).evaluateAll((items) => items.map((item) => Number(item.getAttribute("data-revision")))),
    button: region.getByRole("button"),
    region,
  };
}

/** The read-model panel on /: a row by its key (students/<id>, enrolments/<id>/<course>, courses/<course>). */
export function readModel(page: Page) {
  const region = page.getByRole("region", { name: "MySQL read model" });
  return {
    region,
    row: (key: string) => region.getByTestId("read-model-row").and(page.locator(`[data-row="${key}"]`)),
    summary: region.getByTestId("selection-summary"),
  };
}
