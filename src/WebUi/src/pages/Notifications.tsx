import { unwrap, type ResponseBody } from "@cleanstudents/client";
import { useState } from "react";
import { useAuth } from "../auth";
import { Pager } from "../components/Pager";
import { Problem } from "../components/Problem";
import { Status } from "../components/Status";
import { useLoad } from "../useLoad";

type Notification = ResponseBody<"/api/me/notifications", "get">["items"][number];

/** Unread first, then newest first (the API's order within each group). */
function unreadFirst(items: Notification[]): Notification[] {
  return [...items.filter((n) => !n.readAt), ...items.filter((n) => n.readAt)];
}

export function Notifications() {
  const { api } = useAuth();
  const [page, setPage] = useState(1);
  const [error, setError] = useState<unknown>();
  const [list, reload] = useLoad(async () => unwrap(await api.GET("/api/me/notifications", { params: { query: { page, pageSize: 20 } } })), [api, page]);

  const markRead = async (id: Notification["id"]) => {
    setError(undefined);
    try {
      unwrap(await api.POST("/api/me/notifications/{id}/read", { params: { path: { id: Number(id) } } }));
      reload();
    } catch (failure) {
      setError(failure);
    }
  };

  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Notifications</h1>
      <Problem error={error} />
      <Status load={list} empty="No notifications." isEmpty={(p) => p.items.length === 0}>
        {(result) => (
          <>
            <ul className="notifications">
              {unreadFirst(result.items).map((n) => (
                <li key={String(n.id)} className={n.readAt ? "read" : "unread"}>
                  <h2>
                    {n.readAt ? "" : <span className="badge">New</span>} {n.title}
                  </h2>
                  <p>{n.body}</p>
                  <p className="muted">
                    From {n.senderName}, {new Date(String(n.sentAt)).toLocaleString()}
                  </p>
                  {!n.readAt && (
                    <button type="button" onClick={() => markRead(n.id)} aria-label={`Mark read: ${n.title}`}>
                      Mark read
                    </button>
                  )}
                </li>
              ))}
            </ul>
            <Pager page={Number(result.page)} totalPages={Number(result.totalPages ?? 1)} onPage={setPage} />
          </>
        )}
      </Status>
    </section>
  );
}
