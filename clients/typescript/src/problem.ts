/** An RFC 9457 problem as the API sends it; validation problems add `errors`. */
export interface Problem {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  instance?: string;
  traceId?: string;
  /** Field name (camelCase, e.g. `firstName` or `target.id`) to its messages. */
  errors?: Record<string, string[]>;
}

/** A refused call: the problem the API answered with, and the response it came in. */
export class ProblemError extends Error {
  readonly problem: Problem;
  readonly response: Response;

  constructor(problem: Problem, response: Response) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`);
    this.name = "ProblemError";
    this.problem = problem;
    this.response = response;
  }

  get status(): number {
    return this.problem.status;
  }

  /** Every field error; empty when the problem is not a validation problem. */
  get errors(): Record<string, string[]> {
    return this.problem.errors ?? {};
  }

  /** The messages for one field, matched case-insensitively (the API sends camelCase). */
  errorsFor(field: string): string[] {
    const wanted = field.toLowerCase();
    return Object.entries(this.errors)
      .filter(([name]) => name.toLowerCase() === wanted)
      .flatMap(([, messages]) => messages);
  }
}

function isProblemBody(body: unknown): body is Partial<Problem> {
  return typeof body === "object" && body !== null;
}

/** Builds the problem of a failed response, also when its body is empty or not a problem. */
export function problemOf(body: unknown, response: Response): Problem {
  const fromBody = isProblemBody(body) ? body : {};
  return { title: response.statusText || undefined, ...fromBody, status: response.status };
}

/**
 * The data of an openapi-fetch result, or a thrown ProblemError when the API refused the call.
 * A 204 yields `undefined`.
 */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (!result.response.ok) {
    throw new ProblemError(problemOf(result.error, result.response), result.response);
  }
  return result.data as T;
}

/** True for the 412 of an `If-Match` that no longer matches: someone else changed the resource. */
export function isStale(error: unknown): error is ProblemError {
  return error instanceof ProblemError && error.status === 412;
}
