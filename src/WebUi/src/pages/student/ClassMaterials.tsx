import { unwrap } from "@cleanstudents/client";
import { useAuth } from "../../auth";
import { useLoad } from "../../useLoad";
import { Materials } from "../Materials";

/** A class the student is enrolled in: its materials to download. */
export function ClassMaterials({ classId }: { classId: string }) {
  const { api } = useAuth();
  const [klass] = useLoad(async () => unwrap(await api.GET("/api/classes/{id}", { params: { path: { id: classId } } })), [api, classId]);
  const title = klass.state === "ready" ? `${klass.value.code} · ${klass.value.subjectName}` : "Class";
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{title}</h1>
      <Materials classId={classId} canManage={false} />
    </section>
  );
}
