import {
  completeNewPassword,
  createApiClient,
  refreshingTokenSource,
  signIn as cognitoSignIn,
  unwrap,
  type ApiClient,
  type NewPasswordChallenge,
  type ResponseBody,
  type Session,
} from "@cleanstudents/client";
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import type { ConsoleConfig } from "./config";

export type Me = ResponseBody<"/api/me", "get">;
export type Role = "admin" | "lecturer" | "student";

interface Auth {
  api: ApiClient;
  me: Me | undefined;
  /** Why the last sign-in did not reach the API (the session was dropped). */
  failure: unknown;
  /** Resolves to the challenge when an invited user must choose a new password first. */
  signIn(email: string, password: string): Promise<NewPasswordChallenge | undefined>;
  choosePassword(challenge: NewPasswordChallenge, password: string): Promise<void>;
  signOut(): void;
}

const AuthContext = createContext<Auth | undefined>(undefined);
// The tab keeps its session across reloads; closing the tab signs out.
const STORAGE_KEY = "cleanstudents.session";

function stored(): Session | undefined {
  const raw = sessionStorage.getItem(STORAGE_KEY);
  return raw ? (JSON.parse(raw) as Session) : undefined;
}

export function AuthProvider({ config, children }: { config: ConsoleConfig; children: ReactNode }) {
  const [session, setSession] = useState<Session | undefined>(stored);
  const [me, setMe] = useState<Me>();
  const [failure, setFailure] = useState<unknown>();
  const cognito = useMemo(() => ({ endpoint: config.cognitoEndpoint, clientId: config.clientId }), [config]);

  const keep = useCallback((next: Session | undefined) => {
    if (next) sessionStorage.setItem(STORAGE_KEY, JSON.stringify(next));
    else sessionStorage.removeItem(STORAGE_KEY);
    // Signed out at once: the previous user's profile must not outlive the session for a render.
    if (!next) setMe(undefined);
    setSession(next);
  }, []);

  // Every call asks for the token; it is refreshed a minute before it expires.
  const api = useMemo(
    () => createApiClient(config.apiUrl, refreshingTokenSource(cognito, { get: stored, set: keep })),
    [config, cognito, keep],
  );

  const signedIn = session !== undefined;
  useEffect(() => {
    if (!signedIn) return;
    setFailure(undefined);
    api.GET("/api/me").then(unwrap).then(
      (profile) => setMe(profile),
      (error: unknown) => {
        setFailure(error);
        keep(undefined);
      },
    );
  }, [api, signedIn, keep]);

  const auth = useMemo<Auth>(
    () => ({
      api,
      me,
      failure,
      async signIn(email, password) {
        const result = await cognitoSignIn(cognito, email, password);
        if (result.kind === "newPasswordRequired") return result.challenge;
        keep(result.session);
        return undefined;
      },
      async choosePassword(challenge, password) {
        keep(await completeNewPassword(cognito, challenge, password));
      },
      signOut: () => keep(undefined),
    }),
    [api, me, failure, cognito, keep],
  );
  return <AuthContext.Provider value={auth}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error("useAuth outside AuthProvider");
  return auth;
}

/** The console's role: the first of the user's roles (the API gives each user one). */
export function roleOf(me: Me): Role | undefined {
  return (["admin", "lecturer", "student"] as const).find((role) => me.roles.includes(role));
}
