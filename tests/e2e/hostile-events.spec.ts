/**
 * Hostile events over the HTTP API, then the pages a new user opens: none may answer 5xx, and what the
 * projector skipped is visible (stream, revision, why) instead of silently missing.
 */
import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { E2E_SECRETS } from "@/tests/support/test-env";

const append = async (request: APIRequestContext, streamId: string, events: unknown[]) => {
  const response = await request.post(`/api/streams/${streamId}`, {
    headers: { Authorization: `Bearer ${E2E_SECRETS.API_TOKEN}` },
    data: { events },
  });
  expect(response.status(), await response.text()).toBe(201);
};

test("bad events never break a page, and the projector's skips are shown with their reason", async ({
  page,
  request,
}) => {
  const id = `ab${randomUUID().slice(0, 8)}`;
  const twin = id.toUpperCase();
  const registered = (studentId: string, fullName: string) => ({
    type: "StudentRegistered",
    schemaVersion: 2,
    data: { studentId, fullName, email: `${studentId}@example.edu`, dateOfBirth: "2001-01-01" },
  });
  await append(request, `student-${id}`, [registered(id, "Original Learner")]);
  await append(request, `student-${twin}`, [registered(twin, "Twin Learner")]);
  // Stored as version 1 but shaped like version 2: its upcaster cannot read it.
  const broken = `x${randomUUID().slice(0, 8)}`;
  await append(request, `student-${broken}`, [
    {
      type: "StudentRegistered",
      data: { studentId: broken, fullName: "Mallory", email: "m@example.edu", dateOfBirth: "2000-01-01" },
    },
  ]);
  // A registration that names another student's id.
  const thief = `t${randomUUID().slice(0, 8)}`;
  await append(request, `student-${thief}`, [registered(id, "Mallory Takeover")]);

  await page.goto(`/students/${id}`);
  await expect(page.getByRole("heading", { level: 1, name: "Original Learner" })).toBeVisible();
  await page.goto(`/students/${twin}`);
  await expect(page.getByRole("heading", { level: 1, name: "Twin Learner" })).toBeVisible();
  for (const other of [broken, thief]) {
    const response = await page.goto(`/students/${other}`);
    expect(response?.status()).toBe(404); // no readable registration: not a student, but never a 5xx
  }
  for (const streamId of [`student-${broken}`, `student-${thief}`]) {
    const response = await request.get(`/api/streams/${streamId}`);
    expect(response.status()).toBe(200);
  }
  const stored = await (await request.get(`/api/streams/student-${broken}`)).json();
  expect(stored.events[0].upcastError).toMatch(/cannot upcast StudentRegistered/);

  // The projector applied the good ones and set the bad ones aside, visibly.
  await expect(async () => {
    await page.goto("/");
    const setAside = page.getByRole("region", { name: "Events the projector set aside" });
    await expect(setAside.getByRole("row").filter({ hasText: `student-${broken}` })).toContainText(/cannot upcast/);
    await expect(setAside.getByRole("row").filter({ hasText: `student-${thief}` })).toContainText(
      "studentId does not match",
    );
  }).toPass({ timeout: 20_000 });
  await page.goto(`/students?q=${encodeURIComponent("Learner")}`);
  await expect(page.getByRole("link", { name: "Original Learner" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Twin Learner" })).toBeVisible();
  await expect(page.getByText("Mallory Takeover")).toHaveCount(0);
});
