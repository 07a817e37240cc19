import { spawn } from "node:child_process";
import { eventually } from "./eventually.js";
import { freePort } from "./free-port.js";
import type { TestApp } from "./test-app.js";

export interface SecondProcess {
  url: string;
  stop(): void;
}

/**
 * A second real server process on `first`'s database (same secret key, no demo data, no tracker
 * polling), as a second instance behind a load balancer would be; `env` adds or overrides settings.
 */
export async function startSecondProcess(first: TestApp, env: Record<string, string> = {}): Promise<SecondProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    env: {
      ...process.env,
      DATABASE_URL: first.orm.config.get("clientUrl")!,
      PORT: String(port),
      HOST: "127.0.0.1",
      PUBLIC_URL: url,
      SECRET_KEY: first.config.secretKey!,
      SEED_DEMO_DATA: "false",
      RECONCILE_CRON: "",
      ...env,
    },
    stdio: "ignore",
  });
  const typename = { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ __typename }" }) };
  await eventually(async () => (await fetch(`${url}/graphql`, typename).catch(() => null))?.ok, 60_000, "the second process to serve");
  return { url, stop: () => child.kill("SIGTERM") };
}
