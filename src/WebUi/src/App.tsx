import { useEffect, type ReactNode } from "react";
import { roleOf, useAuth, type Me, type Role } from "./auth";
import { ResourcePage } from "./pages/admin/ResourcePage";
import { classes, lecturers, students, subjects } from "./pages/admin/resources";
import { Forbidden, NotFound } from "./pages/Forbidden";
import { MyClasses as LecturerClasses } from "./pages/lecturer/MyClasses";
import { Roster } from "./pages/lecturer/Roster";
import { Notifications } from "./pages/Notifications";
import { SignIn } from "./pages/SignIn";
import { ClassMaterials } from "./pages/student/ClassMaterials";
import { MyClasses as StudentClasses } from "./pages/student/MyClasses";
import { Transcript } from "./pages/student/Transcript";
import { Link, match, navigate, usePath } from "./router";

interface Route {
  pattern: string;
  /** Who may open it; "any" is every signed-in user. */
  role: Role | "any";
  /** Shown in the navigation when set. */
  label?: string;
  render(params: Record<string, string>, me: Me): ReactNode;
}

function linkedStudent(me: Me, page: (studentId: string) => ReactNode): ReactNode {
  return me.studentId ? page(me.studentId) : <p>Your sign-in is not linked to a student record yet. Ask the registry.</p>;
}

const ROUTES: Route[] = [
  { pattern: "/admin/students", role: "admin", label: "Students", render: () => <ResourcePage key="students" resource={students} /> },
  { pattern: "/admin/lecturers", role: "admin", label: "Lecturers", render: () => <ResourcePage key="lecturers" resource={lecturers} /> },
  { pattern: "/admin/subjects", role: "admin", label: "Subjects", render: () => <ResourcePage key="subjects" resource={subjects} /> },
  { pattern: "/admin/classes", role: "admin", label: "Classes", render: () => <ResourcePage key="classes" resource={classes} /> },
  { pattern: "/lecturer/classes", role: "lecturer", label: "My classes", render: () => <LecturerClasses /> },
  { pattern: "/lecturer/classes/:id", role: "lecturer", render: (p) => <Roster classId={p["id"] ?? ""} /> },
  { pattern: "/student/classes", role: "student", label: "My classes", render: (_, me) => linkedStudent(me, (id) => <StudentClasses studentId={id} />) },
  { pattern: "/student/classes/:id", role: "student", render: (p) => <ClassMaterials classId={p["id"] ?? ""} /> },
  { pattern: "/student/transcript", role: "student", label: "Transcript", render: (_, me) => linkedStudent(me, (id) => <Transcript studentId={id} />) },
  { pattern: "/notifications", role: "any", label: "Notifications", render: () => <Notifications /> },
];

const HOME: Record<Role, string> = { admin: "/admin/students", lecturer: "/lecturer/classes", student: "/student/classes" };

export function App() {
  const { me, signOut } = useAuth();
  const path = usePath();
  const role = me ? roleOf(me) : undefined;
  const home = role ? HOME[role] : "/notifications";
  const atRoot = path === "/" || path === "/sign-in";
  useEffect(() => {
    if (me && atRoot) navigate(home);
  }, [me, atRoot, home]);

  if (!me) return <SignIn />;
  const found = ROUTES.map((route) => ({ route, params: match(route.pattern, path) })).find((r) => r.params);
  const allowed = found && (found.route.role === "any" || found.route.role === role);
  const nav = ROUTES.filter((r) => r.label && (r.role === "any" || r.role === role));

  return (
    <>
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header>
        <span className="brand">CleanStudents</span>
        <nav aria-label="Main">
          {nav.map((r) => (
            <Link key={r.pattern} href={r.pattern}>
              {r.label}
            </Link>
          ))}
        </nav>
        <span className="who">
          {me.email ?? "Signed in"} ({role ?? "no role"})
        </span>
        <button type="button" className="secondary" onClick={() => { signOut(); navigate("/sign-in"); }}>
          Sign out
        </button>
      </header>
      <main id="main" tabIndex={-1}>
        {atRoot ? null : !found ? <NotFound home={home} /> : allowed ? found.route.render(found.params ?? {}, me) : <Forbidden home={home} />}
      </main>
    </>
  );
}
