import createClient, { type Client, type Middleware } from "openapi-fetch";
import type { paths } from "./schema.js";

/** The typed client: `client.GET("/api/students/{id}", { params: { path: { id } } })`. */
export type ApiClient = Client<paths>;

/** The current access token, or undefined when signed out. */
export type TokenSource = () => string | undefined | Promise<string | undefined>;

function bearer(token: TokenSource): Middleware {
  return {
    async onRequest({ request }) {
      const value = await token();
      if (value) request.headers.set("Authorization", `Bearer ${value}`);
      return request;
    },
  };
}

/** A client for the API at `baseUrl` (no trailing `/api`), sending the token of `token`. */
export function createApiClient(baseUrl: string, token?: TokenSource): ApiClient {
  const client = createClient<paths>({ baseUrl });
  if (token) client.use(bearer(token));
  return client;
}
