import { isStale } from "@cleanstudents/client";
import { useState, type FormEvent } from "react";
import { useAuth } from "../../auth";
import { Field } from "../../components/Field";
import { Problem } from "../../components/Problem";
import { useLoad } from "../../useLoad";
import type { FieldDef, Option, Resource, Values } from "./resource";

export type Editing =
  | { kind: "create"; key: { "Idempotency-Key": string } }
  | { kind: "update"; id: string; etag: string; original: Values };

interface Change {
  label: string;
  was: string;
  now: string;
}

/** What someone else changed between the version being edited and the current one. */
function changesBetween(fields: FieldDef[], original: Values, current: Values): Change[] {
  return fields
    .filter((f) => (original[f.name] ?? "") !== (current[f.name] ?? ""))
    .map((f) => ({ label: f.label, was: original[f.name] || "—", now: current[f.name] || "—" }));
}

async function optionsOf(api: ReturnType<typeof useAuth>["api"], fields: FieldDef[]): Promise<Record<string, Option[]>> {
  const entries = await Promise.all(
    fields.map(async (f) => [f.name, typeof f.options === "function" ? await f.options(api) : (f.options ?? [])] as const),
  );
  return Object.fromEntries(entries);
}

export function ResourceForm<T extends { id: string }>({
  resource,
  editing,
  onSaved,
  onCancel,
}: {
  resource: Resource<T>;
  editing: Editing;
  onSaved(): void;
  onCancel(): void;
}) {
  const { api } = useAuth();
  const [version, setVersion] = useState(editing);
  const [values, setValues] = useState<Values>(editing.kind === "update" ? editing.original : resource.blank);
  const [error, setError] = useState<unknown>();
  const [stale, setStale] = useState<{ current: Values; etag: string; changes: Change[] }>();
  const [busy, setBusy] = useState(false);
  const fields = resource.fields.filter((f) => !f.only || f.only === version.kind);
  const [options] = useLoad(() => optionsOf(api, fields), [api, resource]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      if (version.kind === "create") await resource.create(api, values, version.key);
      else await resource.update(api, version.id, values, version.etag);
      onSaved();
    } catch (failure) {
      setError(failure);
      if (isStale(failure) && version.kind === "update") {
        const { item, etag } = await resource.get(api, version.id);
        const current = resource.valuesOf(item);
        setStale({ current, etag, changes: changesBetween(fields, version.original, current) });
      }
    } finally {
      setBusy(false);
    }
  };
  const reload = () => {
    if (!stale || version.kind !== "update") return;
    setVersion({ ...version, etag: stale.etag, original: stale.current });
    setValues(stale.current);
    setStale(undefined);
    setError(undefined);
  };

  const title = version.kind === "create" ? `New ${resource.singular}` : `Edit ${resource.singular}`;
  return (
    <form className="card" aria-label={title} onSubmit={save} noValidate>
      <h2>{title}</h2>
      {stale ? (
        <div className="problem" role="alert">
          <p>Someone else changed this {resource.singular} while you were editing it. Your changes were not saved.</p>
          {stale.changes.length > 0 && (
            <ul>
              {stale.changes.map((c) => (
                <li key={c.label}>
                  {c.label}: {c.was} → {c.now}
                </li>
              ))}
            </ul>
          )}
          <button type="button" onClick={reload}>
            Reload their version
          </button>
        </div>
      ) : (
        <Problem error={error} />
      )}
      <div className="fields">
        {fields.map((f) => (
          <Field
            key={f.name}
            name={f.name}
            label={f.label}
            type={f.type}
            required={f.required}
            value={values[f.name] ?? ""}
            onChange={(value) => setValues({ ...values, [f.name]: value })}
            options={f.options ? (options.state === "ready" ? options.value[f.name] : []) : undefined}
            error={error}
          />
        ))}
      </div>
      <div className="buttons">
        <button type="submit" disabled={busy}>
          {busy ? "Saving…" : "Save"}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
