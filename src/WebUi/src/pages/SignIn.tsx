import type { NewPasswordChallenge } from "@cleanstudents/client";
import { useState, type FormEvent } from "react";
import { useAuth } from "../auth";
import { Field } from "../components/Field";
import { Problem } from "../components/Problem";

/** E-mail and password; an invited user then chooses a new password (Cognito's challenge). */
export function SignIn() {
  const auth = useAuth();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [newPassword, setNewPassword] = useState("");
  const [challenge, setChallenge] = useState<NewPasswordChallenge>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      if (challenge) await auth.choosePassword(challenge, newPassword);
      else setChallenge(await auth.signIn(email, password));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <main id="main" className="sign-in">
      <form className="card" aria-labelledby="page-title" onSubmit={submit}>
        <h1 id="page-title">{challenge ? "Choose a new password" : "Sign in to CleanStudents"}</h1>
        <Problem error={error ?? auth.failure} />
        {challenge ? (
          <>
            <p>This is your first sign-in. Choose the password you will use from now on.</p>
            <Field name="newPassword" label="New password" type="password" value={newPassword} onChange={setNewPassword} required autoComplete="new-password" />
          </>
        ) : (
          <>
            <Field name="email" label="Email" type="email" value={email} onChange={setEmail} required autoComplete="username" />
            <Field name="password" label="Password" type="password" value={password} onChange={setPassword} required autoComplete="current-password" />
          </>
        )}
        <div className="buttons">
          <button type="submit" disabled={busy}>
            {busy ? "Signing in…" : challenge ? "Set password and sign in" : "Sign in"}
          </button>
        </div>
      </form>
    </main>
  );
}
