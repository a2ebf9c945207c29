import type { ReactNode } from "react";
import type { Load } from "../useLoad";
import { Problem } from "./Problem";

/** Renders a load: a polite "Loading…", the problem, the empty text, or the children with the value. */
export function Status<T>({
  load,
  empty,
  isEmpty,
  children,
}: {
  load: Load<T>;
  empty: string;
  isEmpty(value: T): boolean;
  children(value: T): ReactNode;
}) {
  if (load.state === "loading") {
    return (
      <p className="muted" role="status">
        Loading…
      </p>
    );
  }
  if (load.state === "failed") return <Problem error={load.error} />;
  if (isEmpty(load.value)) return <p className="muted">{empty}</p>;
  return <>{children(load.value)}</>;
}
