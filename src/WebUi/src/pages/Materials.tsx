import { unwrap, type components } from "@cleanstudents/client";
import { useEffect, useState, type FormEvent } from "react";
import { useAuth } from "../auth";
import { errorsFor, Problem } from "../components/Problem";
import { Status } from "../components/Status";
import { Table } from "../components/Table";
import { useLoad } from "../useLoad";

type StoredFile = components["schemas"]["FileDto"];
/** The types the API takes; the browser's guess is sent as it is, and the API names a wrong one (400). */
type MaterialType = components["schemas"]["MaterialUploadRequest"]["contentType"];

/** How long the panel waits for S3's event to confirm a new upload before it stops asking. */
const CONFIRM_POLLS = 30;

function sizeOf(bytes: number): string {
  if (bytes < 1024) return `${String(bytes)} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

/**
 * A class's materials: everyone who may open the class lists and downloads them; `canManage` (its lecturer) also
 * uploads and deletes. The bytes go between the browser and S3 through presigned forms and links, never through
 * the API.
 */
export function Materials({ classId, canManage }: { classId: string; canManage: boolean }) {
  const { api } = useAuth();
  const id = { params: { path: { id: classId } } };
  const [files, reload] = useLoad(
    async () => unwrap(await api.GET("/api/classes/{id}/materials", { params: { ...id.params, query: { pageSize: 100 } } })),
    [api, classId],
  );
  const [error, setError] = useState<unknown>();
  const [chosen, setChosen] = useState<File>();
  const [polls, setPolls] = useState(0);

  // A new upload is pending until S3's event has been judged (seconds): ask again until it is settled.
  const pending = files.state === "ready" && files.value.items.some((f) => f.status === "pending");
  useEffect(() => {
    if (!pending || polls === 0) return;
    const timer = setTimeout(() => {
      setPolls(polls - 1);
      reload();
    }, 1000);
    return () => clearTimeout(timer);
  }, [pending, polls, reload]);

  const upload = async (event: FormEvent) => {
    event.preventDefault();
    const element = event.currentTarget as HTMLFormElement;
    setError(undefined);
    if (!chosen) return;
    try {
      const { upload: form } = unwrap(
        await api.POST("/api/classes/{id}/materials", { ...id, body: { name: chosen.name, contentType: chosen.type as MaterialType, size: chosen.size } }),
      );
      const body = new FormData();
      for (const [name, value] of Object.entries(form.fields)) body.append(name, value);
      body.append("file", chosen);
      const stored = await fetch(form.url, { method: form.method, body });
      if (!stored.ok) throw new Error(`The storage refused the file (HTTP ${String(stored.status)}).`);
      setChosen(undefined);
      element.reset();
      setPolls(CONFIRM_POLLS);
      reload();
    } catch (failure) {
      setError(failure);
    }
  };

  const download = async (file: StoredFile) => {
    setError(undefined);
    try {
      const link = unwrap(await api.GET("/api/classes/{id}/materials/{fileId}", { params: { path: { id: classId, fileId: file.id } } }));
      window.open(link.url, "_blank", "noopener");
    } catch (failure) {
      setError(failure);
    }
  };

  const remove = async (file: StoredFile) => {
    setError(undefined);
    try {
      unwrap(await api.DELETE("/api/classes/{id}/materials/{fileId}", { params: { path: { id: classId, fileId: file.id } } }));
      reload();
    } catch (failure) {
      setError(failure);
    }
  };

  // A refused upload request names the field it refused: the file's name, type or size.
  const fileErrors = ["name", "contentType", "size"].flatMap((field) => errorsFor(error, field));
  return (
    <section className="card" aria-labelledby="materials-title">
      <h2 id="materials-title">Materials</h2>
      <Problem error={error} />
      <Status load={files} empty="No materials yet." isEmpty={(page) => page.items.length === 0}>
        {(page) => (
          <Table
            rows={page.items}
            rowKey={(f) => f.id}
            columns={[
              { label: "Name", cell: (f) => f.name },
              { label: "Size", cell: (f) => sizeOf(f.size) },
              { label: "Status", cell: (f) => f.status },
              { label: "Uploaded", cell: (f) => new Date(f.uploadedAt).toLocaleString() },
            ]}
            actions={(f) => (
              <>
                {f.status === "available" && (
                  <button type="button" onClick={() => download(f)} aria-label={`Download ${f.name}`}>
                    Download
                  </button>
                )}
                {canManage && (
                  <button type="button" className="secondary" onClick={() => remove(f)} aria-label={`Delete ${f.name}`}>
                    Delete
                  </button>
                )}
              </>
            )}
          />
        )}
      </Status>
      {canManage && (
        <form className="inline" aria-label="Upload a material" onSubmit={upload}>
          <label htmlFor="material-file">File (PDF, Word, PowerPoint, Excel, text, zip or image; at most 50 MiB)</label>
          <input
            id="material-file"
            type="file"
            required
            aria-invalid={fileErrors.length > 0 || undefined}
            aria-describedby={fileErrors.length > 0 ? "material-file-errors" : undefined}
            onChange={(e) => setChosen(e.target.files?.[0])}
          />
          <button type="submit">Upload</button>
          {fileErrors.length > 0 && (
            <ul className="field-errors" id="material-file-errors">
              {fileErrors.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          )}
        </form>
      )}
    </section>
  );
}
