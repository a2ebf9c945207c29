import { ifMatch, unwrap, type ApiClient, type QueryParams, type ResponseBody } from "@cleanstudents/client";
import { numberOf, optional, text, versioned, type Option, type Resource, type Values } from "./resource";

type Student = ResponseBody<"/api/students/{id}", "get">;
type Lecturer = ResponseBody<"/api/lecturers/{id}", "get">;
type Subject = ResponseBody<"/api/subjects/{id}", "get">;
type Class = ResponseBody<"/api/classes/{id}", "get">;

// The table's sort names are its columns' own, which the document lists per route.
type ListQueryOf<P extends "/api/students" | "/api/lecturers" | "/api/subjects" | "/api/classes"> = QueryParams<P, "get">;

// Invitations go out after the create answers; a failed one (or one lost in a mailbox) can be sent again.
const invitationColumn = <T extends { invitation: string }>() => ({ label: "Invitation", value: (p: T) => p.invitation });
const inviteAgain = <T extends { id: string; invitation: string; userId?: string | null }>(send: (api: ApiClient, id: string) => Promise<unknown>) => ({
  label: "Send invitation again",
  offered: (p: T) => !p.userId && p.invitation !== "none",
  run: async (api: ApiClient, p: T) => void (await send(api, p.id)),
});

const STATUSES = ["Active", "Suspended", "Graduated", "Withdrawn"].map((s) => ({ value: s, label: s }));
const byId = (id: string) => ({ params: { path: { id } } });

// Students and lecturers are both people: the same name and e-mail inputs.
const PERSON_FIELDS = [
  { name: "firstName", label: "First name", required: true },
  { name: "lastName", label: "Last name", required: true },
  { name: "email", label: "Email", type: "email", required: true },
] as const;

const personBody = (v: Values) => ({ firstName: text(v["firstName"]), lastName: text(v["lastName"]), email: text(v["email"]) });

const personValues = (p: { firstName: string; lastName: string; email?: string | null }) => ({
  firstName: p.firstName,
  lastName: p.lastName,
  email: text(p.email),
});

const studentBody = (v: Values) => ({
  studentNumber: optional(v["studentNumber"]),
  ...personBody(v),
  dateOfBirth: text(v["dateOfBirth"]),
  enrolledOn: optional(v["enrolledOn"]),
});

export const students: Resource<Student> = {
  title: "Students",
  singular: "student",
  defaultSort: "lastName",
  columns: [
    { label: "Number", value: (s) => s.studentNumber, sort: "studentNumber" },
    { label: "Last name", value: (s) => s.lastName, sort: "lastName" },
    { label: "First name", value: (s) => s.firstName, sort: "firstName" },
    { label: "Email", value: (s) => text(s.email), sort: "email" },
    { label: "Enrolled on", value: (s) => text(s.enrolledOn), sort: "enrolledOn" },
    { label: "Status", value: (s) => text(s.status) },
    invitationColumn<Student>(),
  ],
  fields: [
    { name: "studentNumber", label: "Student number" },
    ...PERSON_FIELDS,
    { name: "dateOfBirth", label: "Date of birth", type: "date", required: true },
    { name: "enrolledOn", label: "Enrolled on", type: "date" },
    { name: "status", label: "Status", required: true, options: STATUSES, only: "update" },
  ],
  blank: { status: "Active" },
  valuesOf: (s) => ({
    studentNumber: s.studentNumber,
    ...personValues(s),
    dateOfBirth: text(s.dateOfBirth),
    enrolledOn: text(s.enrolledOn),
    status: text(s.status),
  }),
  list: async (api, query) => unwrap(await api.GET("/api/students", { params: { query: query as ListQueryOf<"/api/students"> } })),
  get: (api, id) => versioned(api.GET("/api/students/{id}", byId(id))),
  create: async (api, v, key) => unwrap(await api.POST("/api/students", { body: studentBody(v), headers: key })),
  update: (api, id, v, etag) =>
    versioned(api.PUT("/api/students/{id}", { ...byId(id), body: { ...studentBody(v), status: v["status"] as Student["status"] }, headers: ifMatch(etag) })),
  remove: async (api, id, etag) => void unwrap(await api.DELETE("/api/students/{id}", { ...byId(id), headers: ifMatch(etag) })),
  rowAction: inviteAgain<Student>(async (api, id) => unwrap(await api.POST("/api/students/{id}/invitation", byId(id)))),
};

const lecturerBody = (v: Values) => ({
  staffNumber: optional(v["staffNumber"]),
  ...personBody(v),
  department: optional(v["department"]),
});

export const lecturers: Resource<Lecturer> = {
  title: "Lecturers",
  singular: "lecturer",
  defaultSort: "lastName",
  columns: [
    { label: "Staff number", value: (l) => l.staffNumber, sort: "staffNumber" },
    { label: "Last name", value: (l) => l.lastName, sort: "lastName" },
    { label: "First name", value: (l) => l.firstName, sort: "firstName" },
    { label: "Email", value: (l) => text(l.email), sort: "email" },
    { label: "Department", value: (l) => text(l.department), sort: "department" },
    invitationColumn<Lecturer>(),
  ],
  fields: [
    { name: "staffNumber", label: "Staff number" },
    ...PERSON_FIELDS,
    { name: "department", label: "Department" },
  ],
  blank: {},
  valuesOf: (l) => ({
    staffNumber: l.staffNumber,
    ...personValues(l),
    department: text(l.department),
  }),
  list: async (api, query) => unwrap(await api.GET("/api/lecturers", { params: { query: query as ListQueryOf<"/api/lecturers"> } })),
  get: (api, id) => versioned(api.GET("/api/lecturers/{id}", byId(id))),
  create: async (api, v, key) => unwrap(await api.POST("/api/lecturers", { body: lecturerBody(v), headers: key })),
  update: (api, id, v, etag) => versioned(api.PUT("/api/lecturers/{id}", { ...byId(id), body: lecturerBody(v), headers: ifMatch(etag) })),
  remove: async (api, id, etag) => void unwrap(await api.DELETE("/api/lecturers/{id}", { ...byId(id), headers: ifMatch(etag) })),
  rowAction: inviteAgain<Lecturer>(async (api, id) => unwrap(await api.POST("/api/lecturers/{id}/invitation", byId(id)))),
};

const subjectBody = (v: Values) => ({
  code: text(v["code"]),
  name: text(v["name"]),
  credits: numberOf(v["credits"]),
  description: optional(v["description"]),
});

export const subjects: Resource<Subject> = {
  title: "Subjects",
  singular: "subject",
  defaultSort: "code",
  columns: [
    { label: "Code", value: (s) => s.code, sort: "code" },
    { label: "Name", value: (s) => s.name, sort: "name" },
    { label: "Credits", value: (s) => text(s.credits), sort: "credits" },
  ],
  fields: [
    { name: "code", label: "Code", required: true },
    { name: "name", label: "Name", required: true },
    { name: "credits", label: "Credits", type: "number", required: true },
    { name: "description", label: "Description" },
  ],
  blank: {},
  valuesOf: (s) => ({ code: s.code, name: s.name, credits: text(s.credits), description: text(s.description) }),
  list: async (api, query) => unwrap(await api.GET("/api/subjects", { params: { query: query as ListQueryOf<"/api/subjects"> } })),
  get: (api, id) => versioned(api.GET("/api/subjects/{id}", byId(id))),
  create: async (api, v, key) => unwrap(await api.POST("/api/subjects", { body: subjectBody(v), headers: key })),
  update: (api, id, v, etag) => versioned(api.PUT("/api/subjects/{id}", { ...byId(id), body: subjectBody(v), headers: ifMatch(etag) })),
  remove: async (api, id, etag) => void unwrap(await api.DELETE("/api/subjects/{id}", { ...byId(id), headers: ifMatch(etag) })),
};

async function subjectOptions(api: ApiClient): Promise<Option[]> {
  const page = unwrap(await api.GET("/api/subjects", { params: { query: { pageSize: 100, sort: "code" } } }));
  return page.items.map((s) => ({ value: s.id, label: `${s.code} ${s.name}` }));
}

async function lecturerOptions(api: ApiClient): Promise<Option[]> {
  const page = unwrap(await api.GET("/api/lecturers", { params: { query: { pageSize: 100, sort: "lastName" } } }));
  return page.items.map((l) => ({ value: l.id, label: l.fullName }));
}

const classBody = (v: Values) => ({
  code: text(v["code"]),
  subjectId: text(v["subjectId"]),
  lecturerId: optional(v["lecturerId"]),
  term: text(v["term"]),
  capacity: numberOf(v["capacity"]),
  schedule: optional(v["schedule"]),
  room: optional(v["room"]),
});

export const classes: Resource<Class> = {
  title: "Classes",
  singular: "class",
  defaultSort: "code",
  columns: [
    { label: "Code", value: (c) => c.code, sort: "code" },
    { label: "Subject", value: (c) => `${c.subjectCode} ${c.subjectName}` },
    { label: "Lecturer", value: (c) => text(c.lecturerName) },
    { label: "Term", value: (c) => c.term, sort: "term" },
    { label: "Seats", value: (c) => `${text(c.enrolledCount)} / ${text(c.capacity)}`, sort: "enrolledCount" },
  ],
  fields: [
    { name: "code", label: "Code", required: true },
    { name: "subjectId", label: "Subject", required: true, options: subjectOptions },
    { name: "lecturerId", label: "Lecturer", options: lecturerOptions },
    { name: "term", label: "Term (e.g. 2026-S2)", required: true },
    { name: "capacity", label: "Capacity", type: "number", required: true },
    { name: "schedule", label: "Schedule" },
    { name: "room", label: "Room" },
  ],
  blank: {},
  valuesOf: (c) => ({
    code: c.code,
    subjectId: c.subjectId,
    lecturerId: text(c.lecturerId),
    term: c.term,
    capacity: text(c.capacity),
    schedule: text(c.schedule),
    room: text(c.room),
  }),
  list: async (api, query) => unwrap(await api.GET("/api/classes", { params: { query: query as ListQueryOf<"/api/classes"> } })),
  get: (api, id) => versioned(api.GET("/api/classes/{id}", byId(id))),
  create: async (api, v, key) => unwrap(await api.POST("/api/classes", { body: classBody(v), headers: key })),
  update: (api, id, v, etag) => versioned(api.PUT("/api/classes/{id}", { ...byId(id), body: classBody(v), headers: ifMatch(etag) })),
  remove: async (api, id, etag) => void unwrap(await api.DELETE("/api/classes/{id}", { ...byId(id), headers: ifMatch(etag) })),
};
