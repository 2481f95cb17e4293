import { randomUUID } from "node:crypto";
import type { APIRequestContext } from "@playwright/test";
import { expect as baseExpect, test } from "@/tests/support/console-guard";
import { append, student, timeline, type NewEvent } from "@/tests/support/timeline-e2e";

// Each test waits for the projector and a server render on a busy two-core machine.
const expect = baseExpect.configure({ timeout: 15_000 });
test.beforeEach(() => test.slow());

/** Waits until the read model lists a stream among the filter's choices (the projector has handled it). */
async function projected(request: APIRequestContext, ...streamIds: string[]) {
  await expect
    .poll(async () => {
      const { streams } = (await (await request.get("/api/timeline/filter-options")).json()) as {
        streams: { streamId: string }[];
      };
      return streamIds.every((id) => streams.some((s) => s.streamId === id));
    })
    .toBe(true);
}

/** Enough events on a stream of its own to push everything before them off the timeline's first page (50). */
async function pushOffFirstPage(request: APIRequestContext) {
  const filler = `filler-${randomUUID().slice(0, 8)}`;
  const tick = (): NewEvent => ({ type: "Ticked", data: {}, metadata: {} });
  for (let i = 0; i < 2; i += 1) await append(request, filler, ...Array.from({ length: 30 }, tick));
}

test("labels each event with the name the student had then, and shows today's name as today's", async ({
  page,
  request,
}) => {
  const run = randomUUID().slice(0, 6);
  const ada = student(`Ada Byron ${run}`);
  await append(request, ada.streamId, ada.registered());
  await append(request, ada.streamId, ada.renamed(`Ada Lovelace ${run}`));
  await page.goto("/timeline");
  const view = timeline(page);
  await expect(view.status).toHaveText("Live");

  const first = view.entry(ada.streamId, 1);
  await expect(first.getByTestId("event-student")).toHaveText(`Ada Byron ${run}`);
  await expect(first.getByTestId("event-student-now")).toHaveText(`now called Ada Lovelace ${run}`);
  const second = view.entry(ada.streamId, 2);
  await expect(second.getByTestId("event-student")).toHaveText(`Ada Lovelace ${run}`);
  await expect(second.getByTestId("event-student-now")).toHaveCount(0);

  // The same holds for events the first page did not load: their names come from the store's events too.
  await pushOffFirstPage(request);
  await page.reload();
  await expect(view.status).toHaveText("Live");
  await expect(view.entriesOf(ada.streamId)).toHaveCount(0);
  await view.region.getByLabel("Student or stream").selectOption({ label: `Ada Lovelace ${run}` });
  await expect(view.entriesOf(ada.streamId)).toHaveCount(2);
  await expect(view.entry(ada.streamId, 1).getByTestId("event-student")).toHaveText(`Ada Byron ${run}`);
});

test("filters reach events no page has loaded, and tell streams and equal names apart", async ({ page, request }) => {
  const run = randomUUID().slice(0, 6);
  const twins = [student(`Edsger Dijkstra ${run}`), student(`Edsger Dijkstra ${run}`)];
  for (const twin of twins) await append(request, twin.streamId, twin.registered());
  await append(
    request,
    twins[0]!.streamId,
    twins[0]!.enrolled("web-development"),
    twins[0]!.unenrolled("web-development"),
  );
  const demo = `demo-${run}`;
  const rareType = `Waved${run}`;
  await append(request, demo, { type: rareType, data: {}, metadata: {} });
  await pushOffFirstPage(request);
  await projected(request, ...twins.map((t) => t.streamId), demo);

  await page.goto("/timeline");
  const view = timeline(page);
  await expect(view.status).toHaveText("Live");
  for (const twin of twins) await expect(view.entriesOf(twin.streamId)).toHaveCount(0);

  // Counts come from the read model: a type none of the loaded events has is listed, in the singular.
  const rare = view.region.getByRole("button", { name: `${rareType} 1 event`, exact: true });
  await expect(rare).toBeVisible();

  // Students by their current name, with a short id where two share it; other streams apart.
  const select = view.region.getByLabel("Student or stream");
  const students = select.locator("optgroup[label='Students, by current name'] option");
  const twinLabels = twins.map((twin) => `Edsger Dijkstra ${run} · ${twin.studentId.slice(0, 8)}`);
  for (const label of twinLabels) await expect(students.filter({ hasText: label })).toHaveCount(1);
  await expect(select.locator("optgroup[label='Other streams'] option").filter({ hasText: demo })).toHaveCount(1);

  await select.selectOption({ label: twinLabels[0]! });
  await expect(view.entriesOf(twins[0]!.streamId)).toHaveCount(3);
  expect(await view.revisionsOf(twins[0]!.streamId)).toEqual([3, 2, 1]);
  await expect(view.entries).toHaveCount(3);
  // The counts follow the other filters: this stream holds one event of each type.
  await expect(view.region.getByRole("button", { name: "StudentEnrolled 1 event", exact: true })).toBeVisible();

  await view.region.getByRole("button", { name: "Clear filters", exact: true }).first().click();
  await rare.click();
  await expect(view.entries).toHaveCount(1);
  await expect(view.entries.first()).toHaveAttribute("data-stream-id", demo);
});
