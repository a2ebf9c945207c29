import { unwrap } from "@cleanstudents/client";
import { useEffect, useState } from "react";
import { useAuth } from "../../auth";
import { Status } from "../../components/Status";
import { Table } from "../../components/Table";
import { useLoad } from "../../useLoad";
import { Materials } from "../Materials";
import { NotifyForm } from "./NotifyForm";
import { ScoreCell, type Enrollment } from "./ScoreCell";

/** Mean grade points of the graded students: what the scores do to the class's grades. */
function meanGradePoints(roster: Enrollment[]): string {
  const graded = roster.filter((e) => e.gradePoints !== null);
  if (graded.length === 0) return "no grades yet";
  return (graded.reduce((sum, e) => sum + Number(e.gradePoints), 0) / graded.length).toFixed(2);
}

export function Roster({ classId }: { classId: string }) {
  const { api } = useAuth();
  const path = { params: { path: { id: classId } } };
  const [klass] = useLoad(async () => unwrap(await api.GET("/api/classes/{id}", path)), [api, classId]);
  const [loaded] = useLoad(
    async () => unwrap(await api.GET("/api/classes/{classId}/enrollments", { params: { path: { classId } } })),
    [api, classId],
  );
  const [roster, setRoster] = useState<Enrollment[]>([]);
  useEffect(() => {
    if (loaded.state === "ready") setRoster(loaded.value);
  }, [loaded]);
  const replace = (saved: Enrollment) => setRoster(roster.map((e) => (e.studentId === saved.studentId ? saved : e)));

  const title = klass.state === "ready" ? `${klass.value.code} · ${klass.value.subjectName}` : "Class";
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{title}</h1>
      <Status load={loaded} empty="No student is enrolled yet." isEmpty={(list) => list.length === 0}>
        {() => (
          <>
            <p>Mean grade points: {meanGradePoints(roster)}</p>
            <Table
              rows={roster}
              rowKey={(e) => e.studentId}
              columns={[
                { label: "Number", cell: (e) => e.studentNumber },
                { label: "Student", cell: (e) => e.studentName },
                { label: "Score (0–10)", cell: (e) => <ScoreCell enrollment={e} onSaved={replace} /> },
                { label: "Grade", cell: (e) => e.letterGrade ?? "—" },
                { label: "Points", cell: (e) => (e.gradePoints === null ? "—" : String(e.gradePoints)) },
              ]}
            />
          </>
        )}
      </Status>
      <NotifyForm classId={classId} students={roster} />
      <Materials classId={classId} canManage />
    </section>
  );
}
