import type { ApiClient } from "@cleanstudents/client";
import { etagOf, unwrap } from "@cleanstudents/client";

/** Form values are the inputs' strings; each resource turns them into its request body. */
export type Values = Record<string, string>;

export interface Option {
  value: string;
  label: string;
}

export interface FieldDef {
  name: string;
  label: string;
  type?: "text" | "email" | "date" | "number";
  required?: boolean;
  /** Fixed choices, or choices read from the API (e.g. the subjects of a class). */
  options?: Option[] | ((api: ApiClient) => Promise<Option[]>);
  /** Shown only when creating or only when editing. */
  only?: "create" | "update";
}

export interface Column<T> {
  label: string;
  value(row: T): string;
  /** The API's sort field for this column, when it can sort by it. */
  sort?: string;
}

export interface ListQuery {
  page: number;
  pageSize: number;
  sort: string;
  search?: string;
}

export interface ListPage<T> {
  items: T[];
  page: number | string;
  totalCount: number | string;
  totalPages?: number | string;
}

export interface Versioned<T> {
  item: T;
  etag: string;
}

/** Everything the admin page needs to list, create, edit and delete one kind of resource. */
export interface Resource<T extends { id: string }> {
  title: string;
  singular: string;
  columns: Column<T>[];
  defaultSort: string;
  fields: FieldDef[];
  blank: Values;
  valuesOf(item: T): Values;
  list(api: ApiClient, query: ListQuery): Promise<ListPage<T>>;
  get(api: ApiClient, id: string): Promise<Versioned<T>>;
  create(api: ApiClient, values: Values, idempotency: { "Idempotency-Key": string }): Promise<T>;
  update(api: ApiClient, id: string, values: Values, etag: string): Promise<Versioned<T>>;
  remove(api: ApiClient, id: string, etag: string): Promise<void>;
  /** A row action besides edit and delete, offered where `offered` says so. */
  rowAction?: RowAction<T>;
}

export interface RowAction<T> {
  label: string;
  offered(row: T): boolean;
  run(api: ApiClient, row: T): Promise<void>;
}

/** A resource and its ETag from one openapi-fetch call. */
export async function versioned<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<Versioned<T>> {
  const result = await call;
  return { item: unwrap(result), etag: etagOf(result.response) };
}

/** An optional text input: blank means absent. */
export function optional(value: string | undefined): string | null {
  return value?.trim() ? value.trim() : null;
}

/** A number input the API validates (an empty one stays empty, so the API names the field). */
export function numberOf(value: string | undefined): number {
  return value?.trim() ? Number(value) : Number.NaN;
}

export function text(value: unknown): string {
  return value === null || value === undefined ? "" : String(value);
}
