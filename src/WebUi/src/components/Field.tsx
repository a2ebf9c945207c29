import type { ChangeEvent } from "react";
import { errorsFor } from "./Problem";

export interface FieldProps {
  name: string;
  label: string;
  value: string;
  onChange(value: string): void;
  type?: "text" | "email" | "date" | "number" | "password";
  /** A select instead of an input; `value` is the option's value. */
  options?: { value: string; label: string }[];
  required?: boolean;
  /** The failed call whose validation errors may name this field. */
  error?: unknown;
  autoComplete?: string;
}

/** A labelled input with the API's messages for it right below, linked for screen readers. */
export function Field({ name, label, value, onChange, type = "text", options, required, error, autoComplete }: FieldProps) {
  const id = `field-${name}`;
  const messages = errorsFor(error, name);
  const described = messages.length > 0 ? `${id}-errors` : undefined;
  const common = {
    id,
    name,
    value,
    required,
    "aria-invalid": messages.length > 0 || undefined,
    "aria-describedby": described,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) => onChange(event.target.value),
  };
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {required ? "" : " (optional)"}
      </label>
      {options ? (
        <select {...common}>
          <option value="">{required ? "Choose…" : "—"}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      ) : (
        <input {...common} type={type} autoComplete={autoComplete} step={type === "number" ? "any" : undefined} />
      )}
      {described && (
        <ul className="field-errors" id={described}>
          {messages.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
