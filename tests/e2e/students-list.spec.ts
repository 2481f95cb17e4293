import { randomUUID } from "node:crypto";
import { expect, test } from "@/tests/support/console-guard";

// The list reads the MySQL read model, which the projector fills from DynamoDB Streams: a new student shows up
// in a list that is already open, without a reload, once the projector has caught up.
test("a new student appears in an open students list without a reload", async ({ page, context }) => {
  test.slow();
  const fullName = `Grace Hopper ${randomUUID().slice(0, 6)}`;
  await page.goto(`/students?q=${encodeURIComponent(fullName)}`);
  await expect(page.getByRole("heading", { level: 1, name: "Students" })).toBeVisible();
  await expect(page.getByRole("link", { name: fullName })).toHaveCount(0);
  // Marks this document: it survives only if the list updates in place.
  await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

  const other = await context.newPage();
  await other.goto("/students/new");
  const form = other.getByRole("form", { name: "New student" });
  await form.getByLabel("Full name").fill(fullName);
  await form.getByLabel("Email").fill(`${randomUUID().slice(0, 8)}@example.com`);
  await form.getByLabel("Date of birth").fill("1990-12-09");
  await form.getByRole("button", { name: "Register student" }).click();
  await other.waitForURL(/\/students\/[0-9a-f-]{36}$/);
  const registeredAt = Date.now();

  await expect(page.getByRole("link", { name: fullName })).toBeVisible({ timeout: 15_000 });
  console.log(`students list showed the new student ${Date.now() - registeredAt} ms after the registration answered`);
  expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
});
