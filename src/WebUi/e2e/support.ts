// The browser tests' shared parts: Debian's Chromium driven by playwright-core, sign-in through
// the console, an axe check and a screenshot per page, and a watch on the browser console.
import AxeBuilder from "@axe-core/playwright";
import { callCognito, createApiClient, signIn, unwrap, type ApiClient } from "@cleanstudents/client";
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";

function setting(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the browser tests through build/test.sh`);
  return value;
}

export const consoleUrl = setting("CONSOLE_URL");
export const password = setting("DEMO_PASSWORD");
export const emails = { admin: setting("DEMO_ADMIN_EMAIL"), lecturer: setting("DEMO_LECTURER_EMAIL"), student: setting("DEMO_STUDENT_EMAIL") };
const cognito = { endpoint: `${setting("COGNITO_ENDPOINT")}/`, clientId: setting("COGNITO_CLIENT_ID") };
const screenshotDirs = [setting("SCREENSHOT_DIR"), ...(process.env["UPDATE_SCREENSHOTS"] ? [setting("DOCS_SCREENSHOT_DIR")] : [])];

/** Playwright gives each launch a fresh, throwaway --user-data-dir. */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}

/**
 * A page in a fresh context (its own session storage) that records console errors. Chromium
 * logs every 4xx answer as "Failed to load resource"; those are answers the tests provoke and
 * the console shows, not faults of the page.
 */
export async function openPage(browser: Browser): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(consoleUrl);
  return { page, errors };
}

export async function signInAs(page: Page, email: string, secret = password): Promise<void> {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(secret);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("button", { name: "Sign out" }).waitFor();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.getByRole("heading", { name: "Sign in to CleanStudents" }).waitFor();
}

/** Opens a page from the main navigation and waits until it has loaded. */
export async function openFromNav(page: Page, label: string): Promise<void> {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: label }).click();
  await page.getByRole("status").filter({ hasText: "Loading" }).waitFor({ state: "detached" });
}

/** Fails on any serious or critical axe violation, and saves a screenshot named `name`. */
export async function checkPage(page: Page, name: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  assert.deepEqual(
    serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    [],
    `axe found serious violations on ${name}`,
  );
  for (const dir of screenshotDirs) {
    mkdirSync(dir, { recursive: true });
    await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
  }
}

export function unique(): string {
  return randomUUID().replaceAll("-", "").slice(0, 8).toUpperCase();
}

/** The API as one of the demo users, for data a test needs but does not test. */
export async function apiAs(email: string): Promise<ApiClient> {
  const result = await signIn(cognito, email, password);
  if (result.kind !== "signedIn") throw new Error(`${email} must choose a password`);
  const token = result.session.accessToken;
  return createApiClient(setting("API_URL"), () => token);
}

export async function demoLecturerName(): Promise<string> {
  const api = await apiAs(emails.lecturer);
  const { lecturerId } = unwrap(await api.GET("/api/me"));
  assert.ok(lecturerId);
  return unwrap(await api.GET("/api/lecturers/{id}", { params: { path: { id: lecturerId } } })).fullName;
}

/** Gives an invited user a temporary password, as the invitation e-mail would. */
export async function setTemporaryPassword(email: string, temporary: string): Promise<void> {
  await callCognito(cognito, "AdminSetUserPassword", {
    UserPoolId: setting("COGNITO_USER_POOL_ID"),
    Username: email,
    Password: temporary,
    Permanent: false,
  });
}

/**
 * Waits until the invitation of the student with this email has been sent. It completes after the create
 * answered and changes the student's ETag, so a test that edits with If-Match waits for it first.
 */
export async function invitationSent(email: string): Promise<void> {
  const api = await apiAs(emails.admin);
  for (let tries = 0; tries < 150; tries++) {
    const { items } = unwrap(await api.GET("/api/students", { params: { query: { search: email } } }));
    if (items.some((student) => student.email === email && student.invitation === "sent")) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the invitation of ${email} was not sent within 30 s`);
}
