import { unwrap } from "@cleanstudents/client";
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { apiAs, checkPage, emails, launch, openPage, signInAs, signOut, unique } from "./support.js";

let browser: Browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser.close();
});

const classCode = `MAT-${unique()}`;
const handout = "Week 1: read chapters 1 and 2.\n";

/** A class the demo lecturer teaches with the demo student enrolled, made through the API. */
async function taughtClass(): Promise<void> {
  const admin = await apiAs(emails.admin);
  const { lecturerId } = unwrap(await (await apiAs(emails.lecturer)).GET("/api/me"));
  const { studentId } = unwrap(await (await apiAs(emails.student)).GET("/api/me"));
  assert.ok(lecturerId && studentId, "the demo lecturer and student are linked to their records");
  const subject = unwrap(await admin.GET("/api/subjects", { params: { query: { pageSize: 1 } } })).items[0];
  assert.ok(subject, "the demo data has a subject");
  const created = unwrap(
    await admin.POST("/api/classes", { body: { code: classCode, subjectId: subject.id, lecturerId, term: "2026-S2", capacity: 10 } }),
  );
  unwrap(await admin.POST("/api/classes/{classId}/enrollments", { params: { path: { classId: created.id } }, body: { studentId } }));
}

async function uploadFile(page: Page, name: string, mimeType: string, text: string): Promise<void> {
  await page.getByLabel(/^File/).setInputFiles({ name, mimeType, buffer: Buffer.from(text) });
  await page.getByRole("button", { name: "Upload" }).click();
  // Available once S3's event has gone through the queue and the upload consumer checked the bytes.
  await page.getByRole("row").filter({ hasText: name }).getByRole("cell", { name: "available", exact: true }).waitFor();
}

test("the lecturer uploads and deletes class materials straight to S3; an enrolled student lists and downloads them", async () => {
  await taughtClass();
  const { page, errors } = await openPage(browser);

  await signInAs(page, emails.lecturer);
  await page.getByRole("link", { name: classCode }).click();
  await page.getByRole("heading", { name: "Materials" }).waitFor();
  await uploadFile(page, "week-1.txt", "text/plain", handout);
  await uploadFile(page, "draft.txt", "text/plain", "not for students\n");
  await page.getByRole("button", { name: "Delete draft.txt" }).click();
  await page.getByRole("row").filter({ hasText: "draft.txt" }).waitFor({ state: "detached" });
  await checkPage(page, "lecturer-materials");
  await signOut(page);

  await signInAs(page, emails.student);
  await page.getByRole("link", { name: classCode }).click();
  const row = page.getByRole("row").filter({ hasText: "week-1.txt" });
  await row.getByRole("cell", { name: "available", exact: true }).waitFor();
  assert.equal(await page.getByRole("button", { name: /^Delete/ }).count(), 0, "a student deletes nothing");
  await checkPage(page, "student-materials");
  const [popup] = await Promise.all([page.waitForEvent("popup"), row.getByRole("button", { name: "Download week-1.txt" }).click()]);
  await popup.waitForLoadState();
  const downloaded = await fetch(popup.url());
  assert.equal(await downloaded.text(), handout, "the same bytes come back through the presigned link");
  await popup.close();

  assert.deepEqual(errors, [], "the browser console shows no errors");
});
