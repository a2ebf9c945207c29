import { unwrap } from "@cleanstudents/client";
import { useState, type FormEvent } from "react";
import { useAuth } from "../../auth";
import { Field } from "../../components/Field";
import { Problem } from "../../components/Problem";
import type { Enrollment } from "./ScoreCell";

/** Sends a notification to the whole class or to one of its students. */
export function NotifyForm({ classId, students }: { classId: string; students: Enrollment[] }) {
  const { api } = useAuth();
  const [title, setTitle] = useState("");
  const [body, setBody] = useState("");
  const [to, setTo] = useState("");
  const [error, setError] = useState<unknown>();
  const [sent, setSent] = useState<string>();

  const send = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    setSent(undefined);
    const target = to ? { type: "student", id: to } : { type: "class", id: classId };
    try {
      const result = unwrap(await api.POST("/api/notifications", { body: { title, body, target } }));
      setSent(`Sent to ${String(result.recipientCount)} ${Number(result.recipientCount) === 1 ? "student" : "students"}.`);
      setTitle("");
      setBody("");
    } catch (failure) {
      setError(failure);
    }
  };

  const options = students.map((s) => ({ value: s.studentId, label: s.studentName }));
  return (
    <form className="card" aria-labelledby="notify-title" onSubmit={send} noValidate>
      <h2 id="notify-title">Send a notification</h2>
      <Problem error={error} />
      {sent && <p role="status">{sent}</p>}
      <div className="fields">
        <Field name="target.id" label="To (empty: the whole class)" value={to} onChange={setTo} options={options} error={error} />
        <Field name="title" label="Title" value={title} onChange={setTitle} required error={error} />
        <Field name="body" label="Message" value={body} onChange={setBody} required error={error} />
      </div>
      <div className="buttons">
        <button type="submit">Send</button>
      </div>
    </form>
  );
}
