import { randomUUID } from "node:crypto";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { expect as baseExpect, test } from "@/tests/support/console-guard";
import { E2E_SECRETS } from "@/tests/support/test-env";
import { append, readModel, student, timeline } from "@/tests/support/timeline-e2e";

// Live updates cross a server poll, the projector and a browser on a busy two-core machine: every test here
// gets the "slow" budget.
const expect = baseExpect.configure({ timeout: 15_000 });
test.beforeEach(() => test.slow());

test.describe("the live timeline", () => {
  test("shows an event appended in one tab in the other tab's timeline, without a reload", async ({ context }) => {
    // Two pages at once: the most expensive journey here.
    test.setTimeout(150_000);
    const [watcher, actor] = [await context.newPage(), await context.newPage()];
    await watcher.goto("/");
    await actor.goto("/timeline");
    await expect(timeline(watcher).status).toHaveText("Live");
    await expect(timeline(actor).status).toHaveText("Live");
    await watcher.evaluate(() => ((window as unknown as { kept?: boolean }).kept = true));

    // The first tab appends through the HTTP API, as a script in that page would.
    const eve = student(`Tab Eve ${randomUUID().slice(0, 6)}`);
    const status = await actor.evaluate(
      async ({ streamId, event, token }) =>
        (
          await fetch(`/api/streams/${streamId}`, {
            method: "POST",
            headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` },
            body: JSON.stringify({ events: [event] }),
          })
        ).status,
      { streamId: eve.streamId, event: eve.registered(), token: E2E_SECRETS.API_TOKEN },
    );
    expect(status).toBe(201);

    for (const page of [watcher, actor]) {
      const entry = timeline(page).entriesOf(eve.streamId);
      await expect(entry).toHaveCount(1, { timeout: 5_000 });
      await expect(entry).toHaveAttribute("data-type", "StudentRegistered");
      // Once projected, the entry says so with its lag, and names the student from the read model.
      await expect(entry.getByTestId("projection")).toContainText(/in read model · \d/);
      await expect(entry.getByTestId("event-student")).toHaveText(eve.fullName);
    }
    expect(await watcher.evaluate(() => (window as unknown as { kept?: boolean }).kept)).toBe(true);
  });

  test.describe(() => {
    // Offline on purpose: the browser logs each request it cannot send.
    test.use({ allowedConsoleMessages: [/net::ERR_INTERNET_DISCONNECTED/] });

    test("survives a dropped connection: every event appended meanwhile shows exactly once", async ({
      page,
      context,
      request,
    }) => {
      await page.goto("/timeline");
      const view = timeline(page);
      await expect(view.status).toHaveText("Live");
      const ada = student(`Offline Ada ${randomUUID().slice(0, 6)}`);
      await append(request, ada.streamId, ada.registered());
      await expect(view.entriesOf(ada.streamId)).toHaveCount(1);

      await context.setOffline(true);
      await expect(view.status).toHaveText("Reconnecting…");
      for (let i = 1; i <= 5; i += 1) await append(request, ada.streamId, ada.renamed(`Offline Ada ${i}`));
      await page.waitForTimeout(1_500);
      await expect(view.entriesOf(ada.streamId)).toHaveCount(1);

      await context.setOffline(false);
      await expect(view.status).toHaveText("Live");
      await expect(view.entriesOf(ada.streamId)).toHaveCount(6);
      expect(await view.revisionsOf(ada.streamId)).toEqual([6, 5, 4, 3, 2, 1]);
      // And it is live again afterwards.
      await append(request, ada.streamId, ada.renamed("Offline Ada again"));
      await expect(view.entriesOf(ada.streamId)).toHaveCount(7);
      expect(await view.revisionsOf(ada.streamId)).toEqual([7, 6, 5, 4, 3, 2, 1]);
    });
  });

  test("holds new events back while paused, behind an 'N new' button", async ({ page, request }) => {
    await page.goto("/timeline");
    const view = timeline(page);
    await expect(view.status).toHaveText("Live");
    const bo = student(`Paused Bo ${randomUUID().slice(0, 6)}`);
    await view.region.getByRole("button", { name: "Pause", exact: true }).click();
    await expect(view.status).toHaveText("Paused");
    // Other specs append in parallel, so the button counts theirs too: ours add at least two to it.
    const pending = view.region.getByRole("button", { name: /^\d+ new$/ });
    const pendingCount = async () =>
      (await pending.count()) > 0 ? Number(/\d+/.exec((await pending.textContent()) ?? "")?.[0]) : 0;
    const before = await pendingCount();
    await append(request, bo.streamId, bo.registered());
    await append(request, bo.streamId, bo.renamed(`${bo.fullName} renamed`));
    await expect.poll(pendingCount, { timeout: 15_000 }).toBeGreaterThanOrEqual(before + 2);
    await expect(pending).toBeEnabled();
    await expect(view.entriesOf(bo.streamId)).toHaveCount(0);
    await view.region.getByRole("button", { name: "Resume", exact: true }).click();
    await expect(view.status).toHaveText("Live");
    expect(await view.revisionsOf(bo.streamId)).toEqual([2, 1]);
  });

  test("filters by event type and by an event's correlation id", async ({ page, request }) => {
    const cy = student(`Filter Cy ${randomUUID().slice(0, 6)}`);
    await append(request, cy.streamId, cy.registered());
    await append(request, cy.streamId, cy.renamed(`${cy.fullName} renamed`));
    await page.goto("/timeline");
    const view = timeline(page);
    // Live means hydrated: a click before then would reach server-rendered HTML only.
    await expect(view.status).toHaveText("Live");
    await expect(view.entriesOf(cy.streamId)).toHaveCount(2);

    await view.region.getByRole("button", { name: /^StudentDetailsUpdated \d+ events?$/ }).click();
    await expect(view.entriesOf(cy.streamId)).toHaveCount(1);
    await expect(view.entries.and(page.locator(":not([data-type='StudentDetailsUpdated'])"))).toHaveCount(0);
    await view.region.getByRole("button", { name: "Clear filters", exact: true }).first().click();

    await view.entry(cy.streamId, 1).getByRole("button").first().click();
    await view.region.getByRole("button", { name: "Show this correlation only", exact: true }).click();
    await expect(view.entries).toHaveCount(1);
    await expect(view.entry(cy.streamId, 1)).toBeVisible();
  });
});

test.describe("the event ↔ row link", () => {
  test("selecting an event highlights the rows it changed; selecting a row lists the events that built it", async ({
    page,
    context,
    request,
  }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const course = "databases-and-transactions";
    const dee = student(`Row Dee ${randomUUID().slice(0, 6)}`);
    await append(request, dee.streamId, dee.registered());
    await append(request, dee.streamId, dee.enrolled(course));
    try {
      await page.goto("/");
      const view = timeline(page);
      const rows = readModel(page);
      await expect(view.status).toHaveText("Live");
      const enrolled = view.entry(dee.streamId, 2);
      await expect(enrolled).toHaveAttribute("data-projection", "projected");

      const opener = enrolled.getByRole("button").first();
      await expect(opener).toHaveAttribute("aria-expanded", "false");
      await opener.click();
      await expect(opener).toHaveAttribute("aria-expanded", "true");
      for (const key of [`students/${dee.studentId}`, `enrolments/${dee.studentId}/${course}`, `courses/${course}`]) {
        await expect(rows.row(key)).toHaveAttribute("data-highlighted", "true");
      }
      await expect(rows.row("courses/web-development")).toHaveAttribute("data-highlighted", "false");

      // The details: id with a working copy button, metadata folded until asked for.
      const eventId = (await enrolled.getByTestId("event-id").textContent()) ?? "";
      await enrolled.getByRole("button", { name: "Copy id", exact: true }).click();
      await expect(enrolled.getByRole("status").filter({ hasText: "Copied" })).toBeVisible();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(eventId);
      const metadata = enrolled.getByRole("button", { name: "Metadata", exact: true });
      await expect(metadata).toHaveAttribute("aria-expanded", "false");
      await metadata.click();
      await expect(enrolled.getByTestId("event-metadata")).toContainText('"command": "EnrolStudent"');

      await rows.row(`courses/${course}`).getByRole("button").click();
      await expect(rows.summary.getByRole("list", { name: "Events that built this row" })).toContainText(
        `${dee.fullName} · rev 2`,
      );
      await expect(enrolled).toHaveAttribute("data-highlighted", "true");
      await expect(view.entry(dee.streamId, 1)).toHaveAttribute("data-highlighted", "false");
    } finally {
      // Give the seat back, so other tests keep the course's capacity.
      await append(request, dee.streamId, dee.unenrolled(course));
    }
  });
});

test("the main screen, in light and dark (screenshots)", async ({ page, request }, testInfo) => {
  const cast = [student("Ada Lovelace"), student("Grace Hopper"), student("Alan Turing")];
  const courses = ["web-development", "functional-programming", "algorithms-and-data-structures"] as const;
  for (const [i, someone] of cast.entries()) {
    await append(request, someone.streamId, someone.registered());
    await append(request, someone.streamId, someone.enrolled(courses[i]!));
  }
  try {
    await page.setViewportSize({ width: 1280, height: 1200 });
    await page.goto("/");
    await expect(timeline(page).status).toHaveText("Live");
    await expect(timeline(page).entries.first()).toHaveAttribute("data-projection", "projected");
    const folder = path.resolve("test-results/screenshots");
    mkdirSync(folder, { recursive: true });
    const shoot = async (name: string, label: string) => {
      const body = await page.screenshot({ path: path.join(folder, `${name}.png`), fullPage: true });
      await testInfo.attach(label, { body, contentType: "image/png" });
    };
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      await shoot(`main-screen-${colorScheme}`, `main screen (${colorScheme})`);
    }
    await page.setViewportSize({ width: 390, height: 844 });
    await shoot("main-screen-narrow", "main screen (narrow, dark)");
  } finally {
    // Give the seats back: other tests enrol in these courses through the capacity rule.
    for (const [i, someone] of cast.entries()) await append(request, someone.streamId, someone.unenrolled(courses[i]!));
  }
});
