import { unwrap, type ResponseBody } from "@cleanstudents/client";
import { useState, type FormEvent } from "react";
import { useAuth } from "../../auth";
import { errorsFor, messageOf } from "../../components/Problem";

export type Enrollment = ResponseBody<"/api/classes/{classId}/enrollments", "get">[number];

/** A score typed in the roster and saved with Enter (or Save); empty clears the grade. */
export function ScoreCell({ enrollment, onSaved }: { enrollment: Enrollment; onSaved(saved: Enrollment): void }) {
  const { api } = useAuth();
  const [value, setValue] = useState(enrollment.score === null ? "" : String(enrollment.score));
  const [error, setError] = useState<unknown>();
  const id = `score-${enrollment.studentId}`;
  const messages = errorsFor(error, "score");

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    try {
      const saved = unwrap(
        await api.PUT("/api/classes/{classId}/enrollments/{studentId}/score", {
          params: { path: { classId: enrollment.classId, studentId: enrollment.studentId } },
          body: { score: value.trim() === "" ? null : Number(value) },
        }),
      );
      onSaved(saved);
    } catch (failure) {
      setError(failure);
    }
  };

  return (
    <form className="inline" onSubmit={save}>
      <label htmlFor={id} className="visually-hidden">
        Score of {enrollment.studentName}
      </label>
      <input
        id={id}
        type="number"
        step="0.01"
        min="0"
        max="10"
        value={value}
        onChange={(e) => setValue(e.target.value)}
        aria-invalid={messages.length > 0 || undefined}
        aria-describedby={messages.length > 0 ? `${id}-errors` : undefined}
      />
      <button type="submit">Save</button>
      {messages.length > 0 && (
        <span className="field-errors" id={`${id}-errors`}>
          {messages.join(" ")}
        </span>
      )}
      {error !== undefined && messages.length === 0 && <span className="field-errors">{messageOf(error)}</span>}
    </form>
  );
}
