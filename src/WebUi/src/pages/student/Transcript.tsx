import { unwrap } from "@cleanstudents/client";
import { useAuth } from "../../auth";
import { Status } from "../../components/Status";
import { Table } from "../../components/Table";
import { useLoad } from "../../useLoad";

export function Transcript({ studentId }: { studentId: string }) {
  const { api } = useAuth();
  const [transcript] = useLoad(
    async () => unwrap(await api.GET("/api/students/{id}/transcript", { params: { path: { id: studentId } } })),
    [api, studentId],
  );
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">My transcript</h1>
      <Status load={transcript} empty="" isEmpty={() => false}>
        {(t) => (
          <>
            <dl className="summary">
              <div>
                <dt>GPA</dt>
                <dd data-testid="gpa">{Number(t.gpa).toFixed(2)}</dd>
              </div>
              <div>
                <dt>Credits earned</dt>
                <dd>{String(t.creditsEarned)}</dd>
              </div>
              <div>
                <dt>Credits attempted</dt>
                <dd>{String(t.creditsAttempted)}</dd>
              </div>
            </dl>
            {t.entries.length === 0 ? (
              <p className="muted">No classes on your transcript yet.</p>
            ) : (
              <Table
                rows={t.entries}
                rowKey={(e) => e.classId}
                columns={[
                  { label: "Term", cell: (e) => e.term },
                  { label: "Class", cell: (e) => e.classCode },
                  { label: "Subject", cell: (e) => `${e.subjectCode} ${e.subjectName}` },
                  { label: "Credits", cell: (e) => String(e.credits) },
                  { label: "Score", cell: (e) => (e.score === null ? "—" : String(e.score)) },
                  { label: "Grade", cell: (e) => e.letterGrade ?? "—" },
                ]}
              />
            )}
          </>
        )}
      </Status>
    </section>
  );
}
