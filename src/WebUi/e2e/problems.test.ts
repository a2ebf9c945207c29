import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { unwrap } from "@cleanstudents/client";
import { apiAs, checkPage, emails, invitationSent, launch, openPage, password, signInAs, unique } from "./support.js";

let browser: Browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser.close();
});

/** Creates a student through the console and waits for its invitation, which would change its ETag later. */
async function createStudent(page: Page, lastName: string): Promise<void> {
  const email = `${lastName.toLowerCase().replaceAll(" ", "-")}@example.com`;
  await page.getByRole("button", { name: "New student" }).click();
  const form = page.getByRole("form", { name: "New student" });
  await form.getByLabel("First name").fill("Stale");
  await form.getByLabel("Last name").fill(lastName);
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Date of birth").fill("2003-03-03");
  await form.getByRole("button", { name: "Save" }).click();
  await form.waitFor({ state: "detached" });
  await invitationSent(email);
}

async function openEdit(page: Page, lastName: string): Promise<void> {
  await page.getByLabel("Search students").fill(lastName);
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByRole("row").filter({ hasText: lastName }).getByRole("button", { name: /^Edit/ }).click();
  await page.getByRole("form", { name: "Edit student" }).waitFor();
}

test("a validation problem is shown next to each field it names", async () => {
  const { page, errors } = await openPage(browser);
  await signInAs(page, emails.admin);
  await page.getByRole("button", { name: "New student" }).click();
  const form = page.getByRole("form", { name: "New student" });
  await form.getByLabel("First name").fill("Val");
  await form.getByLabel("Email").fill("not-an-email");
  await form.getByLabel("Date of birth").fill("2003-03-03");
  await form.getByRole("button", { name: "Save" }).click();

  const email = form.getByLabel("Email");
  await form.locator("#field-email-errors").waitFor();
  assert.equal(await email.getAttribute("aria-invalid"), "true");
  assert.equal(await email.getAttribute("aria-describedby"), "field-email-errors");
  assert.ok((await form.locator("#field-lastName-errors").textContent())?.length, "the blank last name has its message");
  assert.equal(await form.locator("#field-firstName-errors").count(), 0, "a valid field shows no message");
  await checkPage(page, "admin-validation-problem");
  assert.deepEqual(errors, []);
});

test("a stale edit says what the other person changed and reloads their version", async () => {
  const lastName = `Stale ${unique()}`;
  const [mine, theirs] = [await openPage(browser), await openPage(browser)];
  await signInAs(mine.page, emails.admin);
  await signInAs(theirs.page, emails.admin);
  await createStudent(mine.page, lastName);
  await openEdit(mine.page, lastName);

  await openEdit(theirs.page, lastName);
  await theirs.page.getByRole("form", { name: "Edit student" }).getByLabel("First name").fill("Changed");
  await theirs.page.getByRole("button", { name: "Save" }).click();
  await theirs.page.getByRole("form", { name: "Edit student" }).waitFor({ state: "detached" });

  const form = mine.page.getByRole("form", { name: "Edit student" });
  await form.getByLabel("Last name").fill(`${lastName} Mine`);
  await form.getByRole("button", { name: "Save" }).click();
  const alert = form.getByRole("alert");
  await alert.getByText("Someone else changed this student").waitFor();
  await alert.getByText("First name: Stale → Changed").waitFor();
  await checkPage(mine.page, "admin-stale-edit");

  await alert.getByRole("button", { name: "Reload their version" }).click();
  assert.equal(await form.getByLabel("First name").inputValue(), "Changed");
  await form.getByLabel("Last name").fill(`${lastName} Mine`);
  await form.getByRole("button", { name: "Save" }).click();
  await form.waitFor({ state: "detached" });
  assert.deepEqual([...mine.errors, ...theirs.errors], []);
});

test("a student who opens an admin page is told it is not allowed", async () => {
  const { page, errors } = await openPage(browser);
  await signInAs(page, emails.student);
  await page.goto(new URL("/admin/students", page.url()).toString());
  await page.getByRole("heading", { name: "Not allowed" }).waitFor();
  await page.getByText("403").waitFor();
  await checkPage(page, "forbidden");
  assert.deepEqual(errors, []);
});

test("the keyboard alone signs in, skips to the content and follows the navigation", async () => {
  const { page, errors } = await openPage(browser);
  await page.getByLabel("Email").waitFor();
  await page.keyboard.press("Tab");
  await page.keyboard.type(emails.lecturer);
  await page.keyboard.press("Tab");
  await page.keyboard.type(password);
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { name: "My classes" }).waitFor();

  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), "Skip to content");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), "Notifications");
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { name: "Notifications" }).waitFor();
  assert.deepEqual(errors, []);
});

test("a student who tries to enroll in a full class is told so", async () => {
  const admin = await apiAs(emails.admin);
  const subjects = unwrap(await admin.GET("/api/subjects", { params: { query: { pageSize: 1 } } }));
  const subjectId = subjects.items[0]?.id;
  assert.ok(subjectId, "the demo data has subjects");
  const code = `FULL-${unique()}`;
  const klass = unwrap(await admin.POST("/api/classes", {
    body: { code, subjectId, lecturerId: null, term: "2026-S2", capacity: 1, schedule: null, room: null },
  }));
  const id = unique();
  const other = unwrap(await admin.POST("/api/students", {
    body: { studentNumber: null, firstName: "Seat", lastName: `Taker ${id}`, email: `seat-${id.toLowerCase()}@example.com`, dateOfBirth: "2002-02-02", enrolledOn: null },
  }));
  unwrap(await admin.POST("/api/classes/{classId}/enrollments", { params: { path: { classId: klass.id } }, body: { studentId: other.id } }));

  const { page, errors } = await openPage(browser);
  await signInAs(page, emails.student);
  await page.getByLabel("Search classes").fill(code);
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByRole("button", { name: `Enroll in ${code}` }).click();
  const outcome = page.getByRole("row").filter({ hasText: code }).getByRole("status");
  await outcome.filter({ hasText: /^Not enrolled: .*full/i }).waitFor();
  assert.deepEqual(errors, []);
});

test("deleting a lecturer who teaches classes shows the API's reason on the row and deletes nothing", async () => {
  const { page, errors } = await openPage(browser);
  await signInAs(page, emails.admin);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Lecturers" }).click();
  await page.getByLabel("Search lecturers").fill(emails.lecturer);
  await page.getByRole("button", { name: "Search" }).click();
  const row = page.getByRole("row").filter({ hasText: emails.lecturer });
  await row.getByRole("button", { name: /^Delete/ }).click();
  await row.getByRole("button", { name: /^Confirm delete/ }).click();
  await row.getByRole("alert").filter({ hasText: "assigned to classes" }).waitFor();
  assert.equal(await row.count(), 1, "the lecturer is still listed");
  assert.deepEqual(errors, []);
});
