export type { components, operations, paths } from "./schema.js";
export type { Method, QueryParams, RequestBody, ResponseBody } from "./types.js";
export { createApiClient, type ApiClient, type TokenSource } from "./client.js";
export {
  callCognito,
  CognitoError,
  cognitoEndpoint,
  completeNewPassword,
  refreshSession,
  refreshingTokenSource,
  signIn,
  type CognitoConfig,
  type NewPasswordChallenge,
  type Session,
  type SignInResult,
} from "./cognito.js";
export { etagOf, ifMatch } from "./concurrency.js";
export { idempotencyKey } from "./idempotency.js";
export { isStale, ProblemError, problemOf, unwrap, type Problem } from "./problem.js";
