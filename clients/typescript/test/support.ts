// What every test of the client needs: the local stack's settings (from build/test.sh's
// environment), a signed-in client per role and unique test data.
import { randomInt, randomUUID } from "node:crypto";
import { callCognito, createApiClient, signIn, unwrap, type ApiClient, type CognitoConfig, type Session } from "../src/index.js";

export type Role = "admin" | "lecturer" | "student";

function setting(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run these tests through build/test.sh`);
  return value;
}

export const apiUrl = setting("API_URL");
export const cognito: CognitoConfig = { endpoint: `${setting("COGNITO_ENDPOINT")}/`, clientId: setting("COGNITO_CLIENT_ID") };
export const demoPassword = setting("DEMO_PASSWORD");
export const demoEmails: Record<Role, string> = {
  admin: setting("DEMO_ADMIN_EMAIL"),
  lecturer: setting("DEMO_LECTURER_EMAIL"),
  student: setting("DEMO_STUDENT_EMAIL"),
};

export async function sessionOf(email: string, password: string): Promise<Session> {
  const result = await signIn(cognito, email, password);
  if (result.kind !== "signedIn") throw new Error(`${email} was asked for ${result.kind}`);
  return result.session;
}

export async function clientAs(role: Role): Promise<ApiClient> {
  const session = await sessionOf(demoEmails[role], demoPassword);
  return createApiClient(apiUrl, () => session.accessToken);
}

/** Waits until the invitation a create queued (ADR 0206) is sent: its consumer changes the record (and its ETag). */
export async function invitationSent(admin: ApiClient, id: string): Promise<void> {
  for (let tries = 0; tries < 150; tries++) {
    const current = unwrap(await admin.GET("/api/students/{id}", { params: { path: { id } } }));
    if (current.invitation === "sent") return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the invitation of student ${id} was not sent within 30 s`);
}

/** The ids of the caller's own student or lecturer record. */
export async function me(client: ApiClient) {
  return unwrap(await client.GET("/api/me"));
}

/** A short value no other test run uses. */
export function unique(): string {
  return randomUUID().replaceAll("-", "").slice(0, 10).toUpperCase();
}

/** A subject code (`^[A-Z]{2,5}[0-9]{2,4}$`) no other test run uses. */
export function subjectCode(): string {
  const letters = Array.from({ length: 5 }, () => String.fromCharCode(65 + randomInt(26))).join("");
  return `${letters}${randomInt(1000, 10000)}`;
}

export function newStudentBody() {
  const id = unique();
  return {
    studentNumber: `TS-${id}`,
    firstName: "Ada",
    lastName: `Client ${id}`,
    email: `ts-${id.toLowerCase()}@example.com`,
    dateOfBirth: "2001-02-03",
    enrolledOn: null,
  };
}

/** Calls cognito-local's admin API (it takes unsigned calls), as an operator would. */
export async function cognitoAdmin(operation: string, body: object): Promise<void> {
  await callCognito(cognito, operation, body);
}
