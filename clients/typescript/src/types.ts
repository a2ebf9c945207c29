import type { RequestBodyJSON, SuccessResponseJSON } from "openapi-typescript-helpers";
import type { paths } from "./schema.js";

/** An HTTP method the document uses. */
export type Method = "get" | "post" | "put" | "delete";

/**
 * The JSON body a route answers with on success, named by path and method rather than by schema
 * name, so it survives the document renaming its components.
 */
export type ResponseBody<P extends keyof paths, M extends Method & keyof paths[P]> =
  SuccessResponseJSON<paths[P][M] & Record<string | number, unknown>>;

/** The JSON body a route accepts, named by path and method. */
export type RequestBody<P extends keyof paths, M extends Method & keyof paths[P]> = RequestBodyJSON<paths[P][M]>;

/** The query-string parameters a route reads, named by path and method. */
export type QueryParams<P extends keyof paths, M extends Method & keyof paths[P]> =
  NonNullable<(paths[P][M] & { parameters: { query?: unknown } })["parameters"]["query"]>;
