import assert from "node:assert/strict";
import { test } from "node:test";
import {
  CognitoError,
  completeNewPassword,
  createApiClient,
  idempotencyKey,
  refreshingTokenSource,
  refreshSession,
  signIn,
  unwrap,
  type Session,
} from "../src/index.js";
import { apiUrl, clientAs, cognito, cognitoAdmin, demoPassword, invitationSent, me, newStudentBody, sessionOf, type Role } from "./support.js";

for (const role of ["admin", "lecturer", "student"] as const satisfies readonly Role[]) {
  test(`the demo ${role} signs in and the API sees the ${role} role`, async () => {
    const profile = await me(await clientAs(role));
    assert.deepEqual(profile.roles, [role]);
  });
}

test("a wrong password is a CognitoError naming Cognito's refusal", async () => {
  await assert.rejects(signIn(cognito, "admin@cleanstudents.local", "not-the-password"), (error: unknown) => {
    assert.ok(error instanceof CognitoError);
    // AWS answers NotAuthorizedException, cognito-local InvalidPasswordException.
    assert.match(error.code, /^(NotAuthorizedException|InvalidPasswordException)$/);
    return true;
  });
});

test("a refreshed session has a new access token the API accepts", async () => {
  const session = await sessionOf("lecturer@cleanstudents.local", demoPassword);
  const fresh = await refreshSession(cognito, session);
  assert.equal(fresh.refreshToken, session.refreshToken);
  const profile = unwrap(await createApiClient(apiUrl, () => fresh.accessToken).GET("/api/me"));
  assert.deepEqual(profile.roles, ["lecturer"]);
});

test("the token source refreshes an access token about to expire, once for concurrent calls", async () => {
  let stored: Session | undefined = { ...(await sessionOf("student@cleanstudents.local", demoPassword)), expiresAt: Date.now() };
  let writes = 0;
  const token = refreshingTokenSource(cognito, {
    get: () => stored,
    set: (session) => {
      writes++;
      stored = session;
    },
  });
  const [first, second] = await Promise.all([token(), token()]);
  assert.equal(first, second);
  assert.equal(writes, 1);
  assert.ok(stored && stored.expiresAt > Date.now() + 60_000);
  assert.deepEqual(unwrap(await createApiClient(apiUrl, token).GET("/api/me")).roles, ["student"]);
});

test("an invited student answers the new-password challenge and is signed in", async () => {
  const admin = await clientAs("admin");
  const body = newStudentBody();
  const student = unwrap(await admin.POST("/api/students", { body, headers: idempotencyKey() }));
  assert.equal(student.invitation, "pending", "the invitation goes out after the create answers");
  await invitationSent(admin, student.id);
  await cognitoAdmin("AdminSetUserPassword", {
    UserPoolId: process.env["COGNITO_USER_POOL_ID"],
    Username: body.email,
    Password: "Temporary-Pass-1",
    Permanent: false,
  });

  const first = await signIn(cognito, body.email, "Temporary-Pass-1");
  assert.equal(first.kind, "newPasswordRequired");
  if (first.kind !== "newPasswordRequired") return;
  const session = await completeNewPassword(cognito, first.challenge, "Chosen-Pass-123");

  const profile = unwrap(await createApiClient(apiUrl, () => session.accessToken).GET("/api/me"));
  assert.equal(profile.studentId, student.id);
  assert.equal((await signIn(cognito, body.email, "Chosen-Pass-123")).kind, "signedIn");
});
