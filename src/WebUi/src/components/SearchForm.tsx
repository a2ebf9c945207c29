import { useState, type FormEvent } from "react";

/** A search box that searches on Enter or its button, not on every key. */
export function SearchForm({ id, label, onSearch }: { id: string; label: string; onSearch(term: string): void }) {
  const [input, setInput] = useState("");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(input.trim());
  };
  return (
    <form role="search" className="search" onSubmit={submit}>
      <label htmlFor={id}>{label}</label>
      <input id={id} type="search" value={input} onChange={(e) => setInput(e.target.value)} />
      <button type="submit">Search</button>
    </form>
  );
}
