/**
 * Cognito sign-in over its JSON API with USER_PASSWORD_AUTH: the same InitiateAuth call works on
 * cognito-local and on a real user pool whose app client allows that flow. Production clients
 * should prefer SRP (see README), which never sends the password.
 */

/** Where the user pool's API is and which app client signs in. */
export interface CognitoConfig {
  /** `https://cognito-idp.<region>.amazonaws.com/` on AWS; cognito-local's URL locally. */
  endpoint: string;
  clientId: string;
}

export interface Session {
  accessToken: string;
  idToken: string;
  refreshToken: string;
  /** When the access token expires, in milliseconds since the epoch. */
  expiresAt: number;
}

/** An invited user signs in with a temporary password and must choose a new one first. */
export interface NewPasswordChallenge {
  username: string;
  session: string;
}

export type SignInResult =
  | { kind: "signedIn"; session: Session }
  | { kind: "newPasswordRequired"; challenge: NewPasswordChallenge };

/** A refusal from Cognito, e.g. `NotAuthorizedException` for a wrong password. */
export class CognitoError extends Error {
  readonly code: string;

  constructor(code: string, message: string) {
    super(message);
    this.name = "CognitoError";
    this.code = code;
  }
}

interface AuthenticationResult {
  AccessToken: string;
  IdToken: string;
  RefreshToken?: string;
  ExpiresIn?: number;
}

interface AuthResponse {
  AuthenticationResult?: AuthenticationResult;
  ChallengeName?: string;
  ChallengeParameters?: Record<string, string>;
  Session?: string;
}

/** The regional endpoint of Cognito user pools. */
export function cognitoEndpoint(region: string): string {
  return `https://cognito-idp.${region}.amazonaws.com/`;
}

/** Calls one operation of the user pool's JSON API; a refusal is a CognitoError. */
export async function callCognito<T>(config: CognitoConfig, operation: string, body: object): Promise<T> {
  const response = await fetch(config.endpoint, {
    method: "POST",
    headers: {
      "Content-Type": "application/x-amz-json-1.1",
      "X-Amz-Target": `AWSCognitoIdentityProviderService.${operation}`,
    },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  const json = (text ? JSON.parse(text) : {}) as Record<string, unknown>;
  if (!response.ok) {
    // AWS names the error in `__type` (sometimes as `namespace#Code`), cognito-local in `code`.
    const code = String(json["__type"] ?? json["code"] ?? `HTTP ${response.status}`).split("#").pop() ?? "";
    throw new CognitoError(code, String(json["message"] ?? json["Message"] ?? response.statusText));
  }
  return json as T;
}

/**
 * When an access token expires, from its own `exp` claim: cognito-local sends no `ExpiresIn`, and
 * the claim is what the API checks anyway.
 */
function expiryOf(result: AuthenticationResult): number {
  const payload = result.AccessToken.split(".")[1] ?? "";
  const claims = JSON.parse(atob(payload.replaceAll("-", "+").replaceAll("_", "/"))) as { exp?: number };
  if (typeof claims.exp === "number") return claims.exp * 1000;
  return Date.now() + (result.ExpiresIn ?? 0) * 1000;
}

function sessionOf(result: AuthenticationResult, previousRefreshToken?: string): Session {
  const refreshToken = result.RefreshToken ?? previousRefreshToken;
  if (!refreshToken) {
    throw new CognitoError("MissingRefreshToken", "Cognito answered without a refresh token");
  }
  return {
    accessToken: result.AccessToken,
    idToken: result.IdToken,
    refreshToken,
    expiresAt: expiryOf(result),
  };
}

function resultOf(response: AuthResponse, username: string): SignInResult {
  if (response.AuthenticationResult) {
    return { kind: "signedIn", session: sessionOf(response.AuthenticationResult) };
  }
  if (response.ChallengeName === "NEW_PASSWORD_REQUIRED" && response.Session) {
    const challengeUser = response.ChallengeParameters?.["USER_ID_FOR_SRP"] ?? username;
    return { kind: "newPasswordRequired", challenge: { username: challengeUser, session: response.Session } };
  }
  throw new CognitoError("UnsupportedChallenge", `Sign-in needs ${response.ChallengeName ?? "an unknown step"}`);
}

/** Signs in with a user name (the e-mail) and password. */
export async function signIn(config: CognitoConfig, username: string, password: string): Promise<SignInResult> {
  const response = await callCognito<AuthResponse>(config, "InitiateAuth", {
    AuthFlow: "USER_PASSWORD_AUTH",
    ClientId: config.clientId,
    AuthParameters: { USERNAME: username, PASSWORD: password },
  });
  return resultOf(response, username);
}

/** Answers the new-password challenge of an invited user; signs them in. */
export async function completeNewPassword(
  config: CognitoConfig,
  challenge: NewPasswordChallenge,
  newPassword: string,
): Promise<Session> {
  const response = await callCognito<AuthResponse>(config, "RespondToAuthChallenge", {
    ChallengeName: "NEW_PASSWORD_REQUIRED",
    ClientId: config.clientId,
    Session: challenge.session,
    ChallengeResponses: { USERNAME: challenge.username, NEW_PASSWORD: newPassword },
  });
  const result = resultOf(response, challenge.username);
  if (result.kind !== "signedIn") {
    throw new CognitoError("UnsupportedChallenge", "Cognito asked for another step after the new password");
  }
  return result.session;
}

/** New access and ID tokens for a session; Cognito keeps the refresh token unless it rotates it. */
export async function refreshSession(config: CognitoConfig, session: Session): Promise<Session> {
  const response = await callCognito<AuthResponse>(config, "InitiateAuth", {
    AuthFlow: "REFRESH_TOKEN_AUTH",
    ClientId: config.clientId,
    AuthParameters: { REFRESH_TOKEN: session.refreshToken },
  });
  if (!response.AuthenticationResult) {
    throw new CognitoError("NotAuthorizedException", "Cognito did not refresh the session");
  }
  return sessionOf(response.AuthenticationResult, session.refreshToken);
}

/**
 * A token source for the API client that refreshes the session when its access token has less
 * than `marginMs` left, once for any number of concurrent callers. `store` keeps the session
 * (memory, storage); a failed refresh clears it, which signs the user out.
 */
export function refreshingTokenSource(
  config: CognitoConfig,
  store: { get(): Session | undefined; set(session: Session | undefined): void },
  marginMs = 60_000,
): () => Promise<string | undefined> {
  let pending: Promise<Session | undefined> | undefined;
  return async () => {
    const session = store.get();
    if (!session) return undefined;
    if (session.expiresAt - Date.now() > marginMs) return session.accessToken;
    pending ??= refreshSession(config, session)
      .then((fresh) => {
        store.set(fresh);
        return fresh;
      })
      .catch(() => {
        store.set(undefined);
        return undefined;
      })
      .finally(() => {
        pending = undefined;
      });
    return (await pending)?.accessToken;
  };
}
