import assert from "node:assert/strict";
import { test } from "node:test";
import { etagOf, idempotencyKey, ifMatch, isStale, ProblemError, unwrap } from "../src/index.js";
import { clientAs, invitationSent, newStudentBody } from "./support.js";

test("a student is created once per Idempotency-Key, and updated with If-Match", async () => {
  const admin = await clientAs("admin");
  const body = newStudentBody();
  const key = idempotencyKey();
  const created = await admin.POST("/api/students", { body, headers: key });
  const replayed = await admin.POST("/api/students", { body, headers: key });
  const student = unwrap(created);
  assert.equal(created.response.status, 201);
  assert.equal(unwrap(replayed).id, student.id);

  await invitationSent(admin, student.id);
  const read = await admin.GET("/api/students/{id}", { params: { path: { id: student.id } } });
  const updated = await admin.PUT("/api/students/{id}", {
    params: { path: { id: student.id } },
    body: { ...body, firstName: "Grace", status: "Active" },
    headers: ifMatch(etagOf(read.response)),
  });
  assert.equal(unwrap(updated).firstName, "Grace");
  assert.notEqual(etagOf(updated.response), etagOf(read.response));
});

test("an update with a stale ETag is a 412 problem and changes nothing", async () => {
  const admin = await clientAs("admin");
  const body = newStudentBody();
  const student = unwrap(await admin.POST("/api/students", { body }));
  // The queued invitation changes the ETag when it completes: read the version it leaves.
  await invitationSent(admin, student.id);
  const read = await admin.GET("/api/students/{id}", { params: { path: { id: student.id } } });
  const stale = etagOf(read.response);
  const path = { params: { path: { id: student.id } } };
  unwrap(await admin.PUT("/api/students/{id}", { ...path, body: { ...body, firstName: "First", status: "Active" }, headers: ifMatch(stale) }));

  const second = await admin.PUT("/api/students/{id}", { ...path, body: { ...body, firstName: "Second", status: "Active" }, headers: ifMatch(stale) });
  assert.throws(() => unwrap(second), (error: unknown) => {
    assert.ok(isStale(error));
    assert.equal(error.problem.status, 412);
    return true;
  });
  assert.equal(unwrap(await admin.GET("/api/students/{id}", path)).firstName, "First");
});

test("invalid input is a 400 problem whose errors name each field", async () => {
  const admin = await clientAs("admin");
  const result = await admin.POST("/api/students", {
    body: { ...newStudentBody(), firstName: " ", email: "not-an-email" },
  });
  assert.throws(() => unwrap(result), (error: unknown) => {
    assert.ok(error instanceof ProblemError);
    assert.equal(error.status, 400);
    assert.ok(error.problem.traceId, "problems carry the trace id");
    assert.ok(error.errorsFor("firstName").length > 0);
    assert.ok(error.errorsFor("email").length > 0);
    assert.deepEqual(error.errorsFor("lastName"), []);
    return true;
  });
});

test("a student may not list students: a 403 problem", async () => {
  const student = await clientAs("student");
  const result = await student.GET("/api/students", { params: { query: { page: 1 } } });
  assert.throws(() => unwrap(result), (error: unknown) => error instanceof ProblemError && error.status === 403);
});
