/** The lab as a learner uses it: open an exercise, replace the editor's code, wait for the check. */
import { randomUUID } from "node:crypto";
import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { E2E_SECRETS } from "@/tests/support/test-env";

export async function openExercise(page: Page, id: string, query = ""): Promise<void> {
  await page.goto(`/lab/${id}${query}`);
  await expect(page.getByTestId("lab-editor")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId("check-status")).not.toHaveAttribute("data-kind", "waiting", { timeout: 30_000 });
}

/** Types the code as one insertion (no auto-indent or bracket closing), as a paste would. */
export async function replaceCode(page: Page, code: string): Promise<void> {
  await page.getByTestId("lab-editor").click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.insertText(code);
}

/** The page's own files, which a browser may fetch again at any time; and the lab worker's script. */
const PAGE_ASSETS = /^\/(_next\/static\/|icon\.svg$|favicon\.ico$|lab\/runner\.js$)/;

/**
 * Records every other request the page and its workers make from now on. The Next.js router's own fetches of
 * the header's links (prefetches, with an `rsc` header) are the page's, not the learner's code.
 */
export function watchRequests(page: Page): string[] {
  const seen: string[] = [];
  page.context().on("request", (request) => {
    const url = new URL(request.url());
    if (PAGE_ASSETS.test(url.pathname) || request.headers()["rsc"] !== undefined) return;
    seen.push(`${request.method()} ${url.pathname}`);
  });
  return seen;
}

/** Exercise 1 solved: the same rules as the app's evolve, written as a learner would. */
export const RIGHT_EVOLVE = `export function evolve(state: StudentState, event: StudentEvent): StudentState {
  switch (event.type) {
    case "StudentRegistered":
      if (state.status === "registered") return state;
      return { status: "registered", ...event.data, courses: [] };
    case "StudentDetailsUpdated":
      return state.status === "none" ? state : { ...state, fullName: event.data.fullName, email: event.data.email };
    case "StudentEnrolled":
      if (state.status === "none" || state.courses.includes(event.data.courseId)) return state;
      return { ...state, courses: [...state.courses, event.data.courseId] };
    case "StudentUnenrolled":
      if (state.status === "none") return state;
      return { ...state, courses: state.courses.filter((c) => c !== event.data.courseId) };
  }
}
`;

/**
 * A student who enrolled and left, written over the HTTP API: the newest stream of the default sandbox, so the
 * replay starts with it whatever other tests wrote there.
 */
export async function studentWhoLeft(request: APIRequestContext): Promise<void> {
  const studentId = randomUUID();
  const event = (type: string, data: Record<string, string>, schemaVersion = 1) => ({ type, data, schemaVersion });
  const response = await request.post(`/api/streams/student-${studentId}`, {
    headers: { Authorization: `Bearer ${E2E_SECRETS.API_TOKEN}`, "Expected-Revision": "no-stream" },
    data: {
      events: [
        event(
          "StudentRegistered",
          { studentId, fullName: "Lab Learner", email: "lab@example.org", dateOfBirth: "2000-01-01" },
          2,
        ),
        event("StudentEnrolled", { studentId, courseId: "web-development" }),
        event("StudentUnenrolled", { studentId, courseId: "web-development" }),
      ],
    },
  });
  expect(response.status()).toBe(201);
}
