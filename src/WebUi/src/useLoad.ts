import { useCallback, useEffect, useState } from "react";

export type Load<T> =
  | { state: "loading" }
  | { state: "failed"; error: unknown }
  | { state: "ready"; value: T };

/** Runs `load` whenever its dependencies change; `reload` runs it again. */
export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[]): [Load<T>, () => void] {
  const [result, setResult] = useState<Load<T>>({ state: "loading" });
  const [round, setRound] = useState(0);
  const run = useCallback(load, deps);
  useEffect(() => {
    let current = true;
    setResult({ state: "loading" });
    run().then(
      (value) => current && setResult({ state: "ready", value }),
      (error: unknown) => current && setResult({ state: "failed", error }),
    );
    return () => {
      current = false;
    };
  }, [run, round]);
  return [result, () => setRound((n) => n + 1)];
}
