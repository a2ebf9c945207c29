import { existsSync, readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { defineConfig, type Plugin } from "vite";

// The settings of the stack ./build/run.sh is running, for `npm run dev` with nothing set.
const STACK_ENV = new URL("../../.local/stack.env", import.meta.url);

/** A variable from the environment, else from the running local stack's stack.env. */
function stackSetting(name: string, fallback: string): string {
  if (process.env[name]) return process.env[name];
  if (!existsSync(STACK_ENV)) return fallback;
  const line = readFileSync(STACK_ENV, "utf8")
    .split("\n")
    .find((l) => l.startsWith(`${name}=`));
  return line ? line.slice(name.length + 1).replace(/^'(.*)'$/, "$1") : fallback;
}

/**
 * The console reads its settings from /config.json at start, so one build runs anywhere: on AWS
 * the deploy writes that file next to index.html; here the dev and preview servers answer it from
 * the local stack's variables (build/stack.sh's stack.env names).
 */
function runtimeConfig(): Plugin {
  const answer = (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    if (req.url?.split("?")[0] !== "/config.json") return next();
    const config = {
      apiUrl: stackSetting("API_URL", "http://127.0.0.1:5080"),
      cognitoEndpoint: `${stackSetting("COGNITO_ENDPOINT", "http://127.0.0.1:9229")}/`,
      userPoolId: stackSetting("COGNITO_USER_POOL_ID", ""),
      clientId: stackSetting("COGNITO_CLIENT_ID", ""),
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
  // run.sh serves the built console on 5173 and lets the API accept calls from both ports.
  server: { host: "127.0.0.1", port: 5174, strictPort: true },
  preview: { host: "127.0.0.1", port: 5173 },
  build: { target: "es2022", sourcemap: false },
});
