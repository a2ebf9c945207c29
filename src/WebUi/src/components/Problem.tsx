import { CognitoError, ProblemError } from "@cleanstudents/client";

/** What a person should read for a failed call. */
export function messageOf(error: unknown): string {
  if (error instanceof ProblemError) {
    if (error.status === 403) return "You are not allowed to do this.";
    return error.problem.detail ?? error.problem.title ?? `The server answered ${error.status}.`;
  }
  if (error instanceof CognitoError) return error.message;
  if (error instanceof TypeError) return "The server could not be reached. Check your connection and try again.";
  return error instanceof Error ? error.message : String(error);
}

/** The messages a validation problem gives one field. */
export function errorsFor(error: unknown, field: string): string[] {
  return error instanceof ProblemError ? error.errorsFor(field) : [];
}

/** A failed call, announced to screen readers; nothing when there is no error. */
export function Problem({ error }: { error: unknown }) {
  if (error === undefined) return null;
  return (
    <p className="problem" role="alert">
      {messageOf(error)}
    </p>
  );
}
