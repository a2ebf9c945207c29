import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Browser } from "playwright-core";
import { checkPage, demoLecturerName, emails, launch, openFromNav, openPage, setTemporaryPassword, signInAs, signOut, unique } from "./support.js";

let browser: Browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser.close();
});

const id = unique();
const student = { first: "Mina", last: `Journey ${id}`, email: `journey-${id.toLowerCase()}@example.com` };
const classCode = `E2E-${id}`;

test("one journey: the admin creates a student and a class, the student enrolls, the lecturer scores and notifies, the student sees grade, GPA and notification", async () => {
  const { page, errors } = await openPage(browser);
  await checkPage(page, "sign-in");

  // Admin: the student, then a class taught by the demo lecturer.
  await signInAs(page, emails.admin);
  await page.getByRole("heading", { name: "Students" }).waitFor();
  await checkPage(page, "admin-students");
  await page.getByRole("button", { name: "New student" }).click();
  const form = page.getByRole("form", { name: "New student" });
  await form.getByLabel("First name").fill(student.first);
  await form.getByLabel("Last name").fill(student.last);
  await form.getByLabel("Email").fill(student.email);
  await form.getByLabel("Date of birth").fill("2004-05-06");
  await form.getByRole("button", { name: "Save" }).click();
  await form.waitFor({ state: "detached" });
  await page.getByLabel("Search students").fill(student.email);
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByRole("cell", { name: student.last }).waitFor();
  // The invitation goes out after the create answered: the row shows where it stands.
  await page.getByRole("row").filter({ hasText: student.email }).getByRole("cell", { name: /^(pending|sent)$/ }).waitFor();

  await openFromNav(page, "Classes");
  await page.getByRole("button", { name: "New class" }).click();
  const classForm = page.getByRole("form", { name: "New class" });
  await classForm.getByLabel("Code").fill(classCode);
  await classForm.getByLabel("Subject").selectOption({ index: 1 });
  await classForm.getByLabel("Lecturer").selectOption({ label: await demoLecturerName() });
  await classForm.getByLabel("Term").fill("2026-S2");
  await classForm.getByLabel("Capacity").fill("25");
  await checkPage(page, "admin-class-form");
  await classForm.getByRole("button", { name: "Save" }).click();
  await classForm.waitFor({ state: "detached" });
  await checkPage(page, "admin-classes");
  await openFromNav(page, "Lecturers");
  await checkPage(page, "admin-lecturers");
  await openFromNav(page, "Subjects");
  await checkPage(page, "admin-subjects");
  await signOut(page);

  // The invited student signs in with the temporary password and chooses their own.
  await setTemporaryPassword(student.email, "Temporary-Pass-1");
  await page.getByLabel("Email").fill(student.email);
  await page.getByLabel("Password").fill("Temporary-Pass-1");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("heading", { name: "Choose a new password" }).waitFor();
  await checkPage(page, "new-password");
  await page.getByLabel("New password", { exact: true }).fill("Chosen-Pass-123");
  await page.getByRole("button", { name: "Set password and sign in" }).click();
  await page.getByRole("heading", { name: "My classes" }).waitFor();
  await page.getByText("You are not enrolled in any class yet.").waitFor();
  await page.getByLabel("Search classes").fill(classCode);
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByRole("button", { name: `Enroll in ${classCode}` }).click();
  await page.getByRole("status").filter({ hasText: "Enrolled." }).waitFor();
  await page.getByRole("button", { name: `Withdraw from ${classCode}` }).waitFor();
  await checkPage(page, "student-classes");
  await signOut(page);

  // The lecturer scores the student inline and notifies the class.
  await signInAs(page, emails.lecturer);
  await page.getByRole("link", { name: classCode }).waitFor();
  await checkPage(page, "lecturer-classes");
  await page.getByRole("link", { name: classCode }).click();
  const score = page.getByLabel(`Score of ${student.first} ${student.last}`);
  await score.fill("9.25");
  await score.press("Enter");
  const row = page.getByRole("row").filter({ hasText: student.last });
  await row.getByRole("cell", { name: "A", exact: true }).waitFor();
  await page.getByText("Mean grade points: 4.00").waitFor();
  await page.getByLabel("Title").fill(`Results of ${classCode}`);
  await page.getByLabel("Message").fill("Grades are in.");
  await page.getByRole("button", { name: "Send" }).click();
  await page.getByRole("status").filter({ hasText: "Sent to 1 student." }).waitFor();
  await checkPage(page, "lecturer-roster");
  await signOut(page);

  // The student sees the grade, the GPA and the notification, and marks it read.
  await signInAs(page, student.email, "Chosen-Pass-123");
  await openFromNav(page, "Transcript");
  await page.getByRole("row").filter({ hasText: classCode }).getByRole("cell", { name: "A", exact: true }).waitFor();
  assert.equal(await page.getByTestId("gpa").textContent(), "4.00");
  await checkPage(page, "student-transcript");
  await openFromNav(page, "Notifications");
  const notification = page.getByRole("listitem").filter({ hasText: `Results of ${classCode}` });
  await notification.getByText("New").waitFor();
  await checkPage(page, "student-notifications");
  await notification.getByRole("button", { name: /^Mark read/ }).click();
  await notification.getByRole("button").waitFor({ state: "detached" });

  assert.deepEqual(errors, [], "the browser console shows no errors");
});
