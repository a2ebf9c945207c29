import type { IncomingMessage, ServerResponse } from "node:http";
import { defineConfig, type Plugin } from "vite";

/**
 * The console reads its settings from /config.json at start, so one build runs anywhere: on AWS
 * the deploy writes that file next to index.html; here the dev and preview servers answer it from
 * the local stack's variables (build/stack.sh's stack.env names).
 */
function runtimeConfig(): Plugin {
  const answer = (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    if (req.url?.split("?")[0] !== "/config.json") return next();
    const config = {
      apiUrl: process.env["API_URL"] ?? "http://127.0.0.1:5080",
      cognitoEndpoint: `${process.env["COGNITO_ENDPOINT"] ?? "http://127.0.0.1:9229"}/`,
      userPoolId: process.env["COGNITO_USER_POOL_ID"] ?? "",
      clientId: process.env["COGNITO_CLIENT_ID"] ?? "",
    };
    res.setHeader("Content-Type", "application/json");
    res.setHeader("Cache-Control", "no-cache");
    res.end(JSON.stringify(config));
  };
  return {
    name: "runtime-config",
    configureServer: (server) => void server.middlewares.use(answer),
    configurePreviewServer: (server) => void server.middlewares.use(answer),
  };
}

export default defineConfig({
  plugins: [runtimeConfig()],
  esbuild: { jsx: "automatic" },
  server: { host: "127.0.0.1", port: 5173 },
  preview: { host: "127.0.0.1", port: 5173 },
  build: { target: "es2022", sourcemap: false },
});
