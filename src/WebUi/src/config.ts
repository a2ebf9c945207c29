/** Settings written next to index.html at deploy time (or answered by the local dev server). */
export interface ConsoleConfig {
  apiUrl: string;
  cognitoEndpoint: string;
  userPoolId: string;
  clientId: string;
}

export async function loadConfig(): Promise<ConsoleConfig> {
  const response = await fetch("/config.json", { cache: "no-cache" });
  if (!response.ok) throw new Error(`/config.json answered ${response.status}`);
  return (await response.json()) as ConsoleConfig;
}
