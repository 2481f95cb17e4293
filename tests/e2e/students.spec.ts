import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect as baseExpect, test, watchConsole } from "@/tests/support/console-guard";
import { appendOverHttp } from "@/tests/e2e/walkthrough-helpers";

// Each step below waits on a server action (load the stream, append, re-render), which can take seconds on
// a busy two-core test machine; these journeys are long, so they also get the "slow" test budget.
const expect = baseExpect.configure({ timeout: 15_000 });

const CONFLICT =
  "Someone else changed this student: you saw revision 1, it is now at revision 2 (revision 2: details changed to Katherine G. Johnson, katherine@example.com). Reload to see their change.";

/** The student page as a user sees it: regions by their headings, controls by their labels. */
function studentPage(page: Page) {
  const details = page.getByRole("form", { name: "Edit details" });
  const courses = page.getByRole("region", { name: "Courses" });
  const history = page.getByRole("region", { name: "Event stream" });
  return {
    current: page.getByRole("region", { name: "Current state" }),
    details,
    detailsStatus: details.getByRole("status"),
    courses,
    coursesStatus: courses.getByRole("status"),
    events: history.getByRole("list", { name: "Event stream" }).getByRole("listitem"),
    eventTypes: history.getByTestId("event-type"),
    slider: history.getByRole("slider", { name: "Replay up to revision" }),
    replayed: history.getByTestId("replayed-state"),
    async saveDetails(fields: { fullName?: string; email?: string }) {
      if (fields.fullName !== undefined) await details.getByLabel("Full name").fill(fields.fullName);
      if (fields.email !== undefined) await details.getByLabel("Email").fill(fields.email);
      await details.getByRole("button", { name: "Save details" }).click();
    },
    async enrol(courseId: string) {
      await courses.getByLabel("Course", { exact: true }).selectOption(courseId);
      await courses.getByRole("button", { name: "Enrol", exact: true }).click();
    },
  };
}

/** Registers a student through the form, as a user would; returns the student page's address. */
async function registerStudent(
  page: Page,
  fullName: string,
  email = `${randomUUID().slice(0, 8)}@example.com`,
): Promise<string> {
  await page.goto("/students/new");
  const form = page.getByRole("form", { name: "New student" });
  await form.getByLabel("Full name").fill(fullName);
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Date of birth").fill("1995-12-10");
  await form.getByRole("button", { name: "Register student" }).click();
  await page.waitForURL(/\/students\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: fullName })).toBeVisible();
  return new URL(page.url()).pathname;
}

// The courses used below are ones no other suite enrols anyone in: the e2e app runs the projector, so seats
// taken by other tests' students count against capacity, and these two have room to spare.
test.describe("a student's page", () => {
  test("records each change as an event, in order, and replays the earlier state", async ({ page }) => {
    test.slow();
    await registerStudent(page, "Ada Lovelace", "ada@example.com");
    const student = studentPage(page);
    await expect(student.current).toContainText("ada@example.com");
    await expect(student.eventTypes).toHaveText(["StudentRegistered"]);

    // Marks this document: it survives only if the changes below update the page without a full reload.
    await page.evaluate(() => ((window as unknown as { kept?: boolean }).kept = true));
    await student.saveDetails({ email: "ada@analytical.example" });
    await expect(student.detailsStatus).toHaveText("Details saved");
    await expect(student.current).toContainText("ada@analytical.example");

    await student.enrol("databases-and-transactions");
    await expect(student.coursesStatus).toHaveText("Enrolled in Databases and Transactions");
    await student.enrol("algorithms-and-data-structures");
    await expect(student.coursesStatus).toHaveText("Enrolled in Algorithms and Data Structures");
    await student.courses.getByRole("button", { name: "Unenrol from Databases and Transactions" }).click();
    await expect(student.coursesStatus).toHaveText("Unenrolled from Databases and Transactions");
    await expect(student.courses.getByRole("list", { name: "Enrolled courses" })).toHaveText(
      /^Algorithms and Data Structures/,
    );
    await expect(student.current).toContainText("Algorithms and Data Structures");
    expect(await page.evaluate(() => (window as unknown as { kept?: boolean }).kept)).toBe(true);

    await expect(student.eventTypes).toHaveText([
      "StudentRegistered",
      "StudentDetailsUpdated",
      "StudentEnrolled",
      "StudentEnrolled",
      "StudentUnenrolled",
    ]);
    await expect(student.events.nth(2)).toContainText('"courseId": "databases-and-transactions"');
    await student.events.nth(0).getByText("Metadata").click();
    await expect(student.events.nth(0)).toContainText('"command": "RegisterStudent"');
    await expect(student.events.nth(0)).toContainText('"correlationId"');

    await expect(student.slider).toHaveValue("5");
    await student.slider.focus();
    await page.keyboard.press("Home");
    await expect(student.replayed).toContainText("No student yet");
    await page.keyboard.press("ArrowRight");
    await expect(student.replayed).toContainText("State at revision 1");
    await expect(student.replayed).toContainText("ada@example.com");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await expect(student.replayed).toContainText("State at revision 3");
    await expect(student.replayed).toContainText("ada@analytical.example");
    await expect(student.replayed).toContainText("Databases and Transactions");
    await expect(student.events.nth(2)).toHaveAttribute("data-replayed", "true");
    await expect(student.events.nth(3)).toHaveAttribute("data-replayed", "false");
    await expect(student.events.nth(4)).toHaveAttribute("data-replayed", "false");
    // The current state beside it is untouched by the replay.
    await expect(student.current).not.toContainText("Databases and Transactions");
  });

  test("refuses a second enrolment in the same course, sent from a second tab", async ({ page, context }) => {
    test.slow();
    const path = await registerStudent(page, "Grace Hopper");
    const otherTab = await context.newPage();
    await otherTab.goto(path);
    await studentPage(page).enrol("algorithms-and-data-structures");
    await expect(studentPage(page).coursesStatus).toHaveText("Enrolled in Algorithms and Data Structures");

    const stale = studentPage(otherTab);
    await stale.enrol("algorithms-and-data-structures");
    await expect(stale.coursesStatus).toHaveText("Already enrolled in Algorithms and Data Structures");
    await otherTab.reload();
    await expect(stale.eventTypes).toHaveText(["StudentRegistered", "StudentEnrolled"]);
  });

  test("shows an invalid email beside its field and stores nothing", async ({ page }) => {
    test.slow();
    await page.goto("/students/new");
    const form = page.getByRole("form", { name: "New student" });
    await form.getByLabel("Full name").fill("Alan Turing");
    await form.getByLabel("Email").fill("alan-at-example");
    await form.getByLabel("Date of birth").fill("1995-06-23");
    await form.getByRole("button", { name: "Register student" }).click();
    const email = form.getByLabel("Email");
    await expect(email).toHaveAttribute("aria-invalid", "true");
    await expect(email).toHaveAccessibleDescription("Enter a valid email address, like name@example.com");
    await expect(email).toBeFocused();
    await expect(email).toHaveValue("alan-at-example");
    await expect(form.getByRole("status")).toHaveText("Some details need correcting");
    await expect(page).toHaveURL(/\/students\/new$/);

    await email.fill("alan@example.com");
    await form.getByRole("button", { name: "Register student" }).click();
    await page.waitForURL(/\/students\/[0-9a-f-]{36}$/);
    const student = studentPage(page);
    await student.saveDetails({ email: "alan@" });
    await expect(student.details.getByLabel("Email")).toHaveAccessibleDescription(
      "Enter a valid email address, like name@example.com",
    );
    await page.reload();
    await expect(student.eventTypes).toHaveText(["StudentRegistered"]);
    await expect(student.current).toContainText("alan@example.com");
  });

  test("asks for the date of birth in the same form its error names", async ({ page }) => {
    await page.goto("/students/new");
    const form = page.getByRole("form", { name: "New student" });
    const date = form.getByLabel("Date of birth");
    await expect(date).toHaveAccessibleDescription(/YYYY-MM-DD/);
    await form.getByLabel("Full name").fill("Edsger Dijkstra");
    await form.getByLabel("Email").fill("edsger@example.com");
    await date.fill("05/11/1930");
    await form.getByRole("button", { name: "Register student" }).click();
    await expect(date).toHaveAttribute("aria-invalid", "true");
    await expect(date).toHaveAccessibleDescription(/YYYY-MM-DD.*Enter a real date as YYYY-MM-DD$/);
  });

  test("reports a save over someone else's change as a conflict, not a silent overwrite", async ({ browser }) => {
    test.slow();
    const first = await browser.newContext();
    const second = await browser.newContext();
    const problems = [first, second].map((context) => watchConsole(context));
    try {
      const pageA = await first.newPage();
      const pageB = await second.newPage();
      const path = await registerStudent(pageA, "Katherine Johnson", "katherine@example.com");
      await pageB.goto(path);
      const a = studentPage(pageA);
      const b = studentPage(pageB);

      await a.saveDetails({ fullName: "Katherine G. Johnson" });
      await expect(a.detailsStatus).toHaveText("Details saved");
      await b.saveDetails({ email: "kj@nasa.example" });
      await expect(b.detailsStatus).toHaveText(CONFLICT);
      await expect(b.details.getByLabel("Email")).toHaveValue("kj@nasa.example");

      await b.details.getByRole("button", { name: "Reload student" }).click();
      await expect(pageB.getByRole("heading", { level: 1, name: "Katherine G. Johnson" })).toBeVisible();
      await expect(b.details.getByLabel("Email")).toHaveValue("katherine@example.com");
      await expect(b.detailsStatus).toHaveText("");
      await expect(b.eventTypes).toHaveText(["StudentRegistered", "StudentDetailsUpdated"]);

      await b.saveDetails({ email: "kj@nasa.example" });
      await expect(b.detailsStatus).toHaveText("Details saved");
      await expect(b.current).toContainText("Katherine G. Johnson");
      await expect(b.current).toContainText("kj@nasa.example");
      expect(problems.flat(), "console errors, warnings or uncaught errors in the pages").toEqual([]);
    } finally {
      await first.close();
      await second.close();
    }
  });

  test.describe(() => {
    // The browser logs the 404 it was asked to fetch.
    test.use({ allowedConsoleMessages: [/Failed to load resource: the server responded with a status of 404/] });

    test("answers an unknown student with the not-found page", async ({ page }) => {
      const response = await page.goto(`/students/${randomUUID()}`);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: "Student not found" })).toBeVisible();
    });
  });
});

test("a student in four courses is told it is the most they may take, instead of the enrol form", async ({ page }) => {
  const studentId = randomUUID();
  const courses = [
    "web-development",
    "functional-programming",
    "databases-and-transactions",
    "algorithms-and-data-structures",
  ];
  await appendOverHttp(page, `student-${studentId}`, [
    {
      type: "StudentRegistered",
      // Schema version 1, the API's default: the name was called `name` then (the upcaster reads it as fullName).
      data: { studentId, name: "Busy Learner", email: "busy@example.edu", dateOfBirth: "2000-01-01" },
    },
    ...courses.map((courseId) => ({ type: "StudentEnrolled", data: { studentId, courseId } })),
  ]);
  // The page shows a student once the projector has brought them to the read model.
  await expect.poll(async () => (await page.request.get(`/students/${studentId}`)).status()).toBe(200);
  await page.goto(`/students/${studentId}`);
  const region = page.getByRole("region", { name: "Courses" });
  await expect(region.getByRole("list", { name: "Enrolled courses" }).getByRole("listitem")).toHaveCount(4);
  await expect(region.getByTestId("course-limit")).toHaveText(
    "Enrolled in 4 courses, the most a student may take: leave one to join another.",
  );
  await expect(page.getByRole("form", { name: "Enrol in a course" })).toHaveCount(0);
});
