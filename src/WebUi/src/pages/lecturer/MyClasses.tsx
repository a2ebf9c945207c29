import { unwrap } from "@cleanstudents/client";
import { useAuth } from "../../auth";
import { Status } from "../../components/Status";
import { Table } from "../../components/Table";
import { Link } from "../../router";
import { useLoad } from "../../useLoad";

export function MyClasses() {
  const { api, me } = useAuth();
  const lecturerId = me?.lecturerId ?? undefined;
  const [classes] = useLoad(
    async () => unwrap(await api.GET("/api/classes", { params: { query: { lecturerId, pageSize: 100, sort: "code" } } })),
    [api, lecturerId],
  );
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">My classes</h1>
      <Status load={classes} empty="You teach no classes yet." isEmpty={(page) => page.items.length === 0}>
        {(page) => (
          <Table
            rows={page.items}
            rowKey={(c) => c.id}
            columns={[
              { label: "Class", cell: (c) => <Link href={`/lecturer/classes/${c.id}`}>{c.code}</Link> },
              { label: "Subject", cell: (c) => `${c.subjectCode} ${c.subjectName}` },
              { label: "Term", cell: (c) => c.term },
              { label: "Seats", cell: (c) => `${String(c.enrolledCount)} / ${String(c.capacity)}` },
            ]}
          />
        )}
      </Status>
    </section>
  );
}
