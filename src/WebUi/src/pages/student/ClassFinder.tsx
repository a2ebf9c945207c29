import { ProblemError, unwrap } from "@cleanstudents/client";
import { useState } from "react";
import { useAuth } from "../../auth";
import { Pager } from "../../components/Pager";
import { messageOf } from "../../components/Problem";
import { SearchForm } from "../../components/SearchForm";
import { Status } from "../../components/Status";
import { Table } from "../../components/Table";
import { useLoad } from "../../useLoad";

/** Why an enrollment was refused, in the student's words: a full class says so. */
function refusal(error: unknown): string {
  if (error instanceof ProblemError && error.status === 409) {
    return `Not enrolled: ${error.problem.detail ?? "this class is full or you are already enrolled."}`;
  }
  return messageOf(error);
}

export function ClassFinder({ studentId, onEnrolled }: { studentId: string; onEnrolled(): void }) {
  const { api } = useAuth();
  const [page, setPage] = useState(1);
  const [search, setSearch] = useState("");
  const [outcome, setOutcome] = useState<{ classId: string; text: string }>();
  const [classes, reload] = useLoad(
    async () => unwrap(await api.GET("/api/classes", { params: { query: { page, pageSize: 10, search: search || undefined, sort: "code" } } })),
    [api, page, search],
  );

  const find = (term: string) => {
    setPage(1);
    setSearch(term);
  };
  const enroll = async (classId: string) => {
    try {
      unwrap(await api.POST("/api/classes/{classId}/enrollments", { params: { path: { classId } }, body: { studentId } }));
      setOutcome({ classId, text: "Enrolled." });
      reload();
      onEnrolled();
    } catch (error) {
      setOutcome({ classId, text: refusal(error) });
    }
  };

  return (
    <section aria-labelledby="finder-title" className="card">
      <h2 id="finder-title">Enroll in a class</h2>
      <SearchForm id="class-search" label="Search classes" onSearch={find} />
      <Status load={classes} empty="No class matches." isEmpty={(p) => p.items.length === 0}>
        {(result) => (
          <>
            <Table
              rows={result.items}
              rowKey={(c) => c.id}
              columns={[
                { label: "Class", cell: (c) => c.code },
                { label: "Subject", cell: (c) => c.subjectName },
                { label: "Term", cell: (c) => c.term },
                { label: "Seats taken", cell: (c) => `${String(c.enrolledCount)} / ${String(c.capacity)}` },
              ]}
              actions={(c) => (
                <>
                  <button type="button" onClick={() => enroll(c.id)} aria-label={`Enroll in ${c.code}`}>
                    Enroll
                  </button>
                  {outcome?.classId === c.id && <span role="status">{outcome.text}</span>}
                </>
              )}
            />
            <Pager page={Number(result.page)} totalPages={Number(result.totalPages ?? 1)} onPage={setPage} />
          </>
        )}
      </Status>
    </section>
  );
}
