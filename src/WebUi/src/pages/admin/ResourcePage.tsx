import { idempotencyKey } from "@cleanstudents/client";
import { useState } from "react";
import { useAuth } from "../../auth";
import { Pager } from "../../components/Pager";
import { Problem } from "../../components/Problem";
import { SearchForm } from "../../components/SearchForm";
import { Status } from "../../components/Status";
import { Table } from "../../components/Table";
import { useLoad } from "../../useLoad";
import { ResourceForm, type Editing } from "./ResourceForm";
import type { Resource } from "./resource";

const PAGE_SIZE = 20;

/** An admin list of one resource: search, sort, paging, create, edit with If-Match, delete. */
export function ResourcePage<T extends { id: string }>({ resource }: { resource: Resource<T> }) {
  const { api } = useAuth();
  const [page, setPage] = useState(1);
  const [sort, setSort] = useState(resource.defaultSort);
  const [search, setSearch] = useState("");
  const [editing, setEditing] = useState<Editing>();
  const [rowError, setRowError] = useState<{ id: string; error: unknown }>();
  const [confirming, setConfirming] = useState<string>();
  const [list, reload] = useLoad(
    () => resource.list(api, { page, pageSize: PAGE_SIZE, sort, search: search || undefined }),
    [api, resource, page, sort, search],
  );

  const find = (term: string) => {
    setPage(1);
    setSearch(term);
  };
  const toggleSort = (field: string) => setSort(sort === field ? `-${field}` : field);
  const edit = async (id: string) => {
    setRowError(undefined);
    try {
      const { item, etag } = await resource.get(api, id);
      setEditing({ kind: "update", id, etag, original: resource.valuesOf(item) });
    } catch (error) {
      setRowError({ id, error });
    }
  };
  const remove = async (id: string) => {
    setRowError(undefined);
    if (confirming !== id) {
      setConfirming(id);
      return;
    }
    setConfirming(undefined);
    try {
      const { etag } = await resource.get(api, id);
      await resource.remove(api, id, etag);
      reload();
    } catch (error) {
      setRowError({ id, error });
    }
  };
  const deleteText = (id: string) => (confirming === id ? "Confirm delete" : "Delete");
  const act = async (row: T) => {
    setRowError(undefined);
    try {
      await resource.rowAction?.run(api, row);
      reload();
    } catch (error) {
      setRowError({ id: row.id, error });
    }
  };
  const saved = () => {
    setEditing(undefined);
    reload();
  };

  return (
    <section aria-labelledby="page-title">
      <div className="toolbar">
        <h1 id="page-title">{resource.title}</h1>
        <button type="button" onClick={() => setEditing({ kind: "create", key: idempotencyKey() })}>
          New {resource.singular}
        </button>
      </div>
      {editing && (
        <ResourceForm resource={resource} editing={editing} onSaved={saved} onCancel={() => setEditing(undefined)}/>
      )}
      <SearchForm id="search" label={`Search ${resource.title.toLowerCase()}`} onSearch={find} />
      <Status load={list} empty={search ? `No ${resource.title.toLowerCase()} match “${search}”.` : `No ${resource.title.toLowerCase()} yet.`} isEmpty={(p) => p.items.length === 0}>
        {(result) => (
          <>
            <Table
              caption={`${String(result.totalCount)} ${resource.title.toLowerCase()}`}
              rows={result.items}
              rowKey={(row) => row.id}
              columns={resource.columns.map((column) => ({
                label: column.label,
                cell: column.value,
                sorted: sortState(sort, column.sort),
                header: column.sort && (
                  <button type="button" className="link" onClick={() => toggleSort(column.sort ?? "")}>
                    {column.label} {sortMark(sort, column.sort)}
                  </button>
                ),
              }))}
              actions={(row) => (
                <>
                  <button type="button" onClick={() => edit(row.id)} aria-label={`Edit ${resource.columns[0]?.value(row)}`}>
                    Edit
                  </button>
                  <button type="button" className="danger" onClick={() => remove(row.id)} aria-label={`${deleteText(row.id)} ${resource.columns[0]?.value(row)}`}>
                    {deleteText(row.id)}
                  </button>
                  {resource.rowAction?.offered(row) && (
                    <button type="button" onClick={() => act(row)} aria-label={`${resource.rowAction.label} ${resource.columns[0]?.value(row)}`}>
                      {resource.rowAction.label}
                    </button>
                  )}
                  {rowError?.id === row.id && <Problem error={rowError.error} />}
                </>
              )}
            />
            <Pager page={Number(result.page)} totalPages={Number(result.totalPages ?? 1)} onPage={setPage} />
          </>
        )}
      </Status>
    </section>
  );
}

function sortState(sort: string, field: string | undefined): "ascending" | "descending" | undefined {
  if (!field) return undefined;
  if (sort === field) return "ascending";
  return sort === `-${field}` ? "descending" : undefined;
}

function sortMark(sort: string, field: string | undefined): string {
  const state = sortState(sort, field);
  return state === "ascending" ? "▲" : state === "descending" ? "▼" : "";
}
