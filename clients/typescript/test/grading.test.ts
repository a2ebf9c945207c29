import assert from "node:assert/strict";
import { test } from "node:test";
import { unwrap } from "../src/index.js";
import { clientAs, me, subjectCode, unique } from "./support.js";

test("a student enrolls, the lecturer sets a score, the transcript shows grade, credits and GPA", async () => {
  const [admin, lecturer, student] = await Promise.all([clientAs("admin"), clientAs("lecturer"), clientAs("student")]);
  const [{ lecturerId }, { studentId }] = await Promise.all([me(lecturer), me(student)]);
  assert.ok(lecturerId && studentId, "the demo users are linked to their records");
  const id = unique();
  const subject = unwrap(await admin.POST("/api/subjects", {
    body: { code: subjectCode(), name: `Typed clients ${id}`, credits: 4, description: null },
  }));
  const klass = unwrap(await admin.POST("/api/classes", {
    body: { code: `TS-${id}`, subjectId: subject.id, lecturerId, term: "2026-S2", capacity: 30, schedule: null, room: null },
  }));
  const classPath = { params: { path: { classId: klass.id } } };

  const enrolled = await student.POST("/api/classes/{classId}/enrollments", { ...classPath, body: { studentId } });
  assert.equal(enrolled.response.status, 201);
  const scored = unwrap(await lecturer.PUT("/api/classes/{classId}/enrollments/{studentId}/score", {
    params: { path: { classId: klass.id, studentId } },
    body: { score: 8.75 },
  }));
  assert.equal(scored.letterGrade, "A");

  const transcript = unwrap(await student.GET("/api/students/{id}/transcript", { params: { path: { id: studentId } } }));
  const entry = transcript.entries.find((e) => e.classId === klass.id);
  assert.ok(entry, "the graded class is on the transcript");
  assert.equal(entry.letterGrade, "A");
  assert.equal(Number(entry.credits), 4);
  assert.ok(Number(transcript.creditsEarned) >= 4);
  assert.ok(Number(transcript.gpa) > 0 && Number(transcript.gpa) <= 4);
});
