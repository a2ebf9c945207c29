import { unwrap, type ApiClient } from "@cleanstudents/client";
import { useState } from "react";
import { useAuth } from "../../auth";
import { Problem } from "../../components/Problem";
import { Status } from "../../components/Status";
import { Table } from "../../components/Table";
import { Link } from "../../router";
import { useLoad } from "../../useLoad";
import { ClassFinder } from "./ClassFinder";

/** The student's enrollments, each with its class (the enrollment names only the class id). */
async function enrollmentsOf(api: ApiClient, studentId: string) {
  const enrollments = unwrap(await api.GET("/api/students/{id}/enrollments", { params: { path: { id: studentId } } }));
  return Promise.all(
    enrollments.map(async (e) => ({
      enrollment: e,
      klass: unwrap(await api.GET("/api/classes/{id}", { params: { path: { id: e.classId } } })),
    })),
  );
}

export function MyClasses({ studentId }: { studentId: string }) {
  const { api } = useAuth();
  const [mine, reload] = useLoad(() => enrollmentsOf(api, studentId), [api, studentId]);
  const [failed, setFailed] = useState<{ classId: string; error: unknown }>();

  const withdraw = async (classId: string) => {
    setFailed(undefined);
    try {
      unwrap(await api.DELETE("/api/classes/{classId}/enrollments/{studentId}", { params: { path: { classId, studentId } } }));
      reload();
    } catch (error) {
      setFailed({ classId, error });
    }
  };

  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">My classes</h1>
      <Status load={mine} empty="You are not enrolled in any class yet." isEmpty={(list) => list.length === 0}>
        {(list) => (
          <Table
            rows={list}
            rowKey={({ klass }) => klass.id}
            columns={[
              { label: "Class", cell: ({ klass }) => <Link href={`/student/classes/${klass.id}`}>{klass.code}</Link> },
              { label: "Subject", cell: ({ klass }) => klass.subjectName },
              { label: "Term", cell: ({ klass }) => klass.term },
              { label: "Grade", cell: ({ enrollment }) => enrollment.letterGrade ?? "not graded" },
            ]}
            actions={({ klass }) => (
              <>
                <button type="button" onClick={() => withdraw(klass.id)} aria-label={`Withdraw from ${klass.code}`}>
                  Withdraw
                </button>
                {failed?.classId === klass.id && <Problem error={failed.error} />}
              </>
            )}
          />
        )}
      </Status>
      <ClassFinder studentId={studentId} onEnrolled={reload} />
    </section>
  );
}
