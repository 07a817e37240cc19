/**
 * The Roundtrip side of the limit benchmark, in its own process so the load generator does not share
 * its event loop: `startApp` as `npm start` runs it (generous rate limits, no demo seed, no tracker
 * cron) on DATABASE_URL; prints `LISTENING <url>` when ready and stops on SIGTERM. Started with an IPC
 * channel (`--profile`), it records a CPU profile between the parent's "start" and "stop" messages and
 * answers with it.
 */
import "reflect-metadata";
import { Session } from "node:inspector/promises";
import { startApp } from "../../server/app.js";
import { loadConfig, type Config } from "../../server/config.js";
import { openDatabase } from "../../server/db/orm.js";
import { SecretBox } from "../../server/shared/secrets.js";

const orm = await openDatabase(process.env.DATABASE_URL!, { migrate: false });
const generous = { points: 1_000_000, durationSeconds: 60 };
const config: Config = {
  ...loadConfig({}),
  rateLimits: { submit: generous, vote: generous, comment: generous, login: generous, accountMail: generous },
  secretKey: SecretBox.generateKey(),
  reconcileCron: "",
  jobPollingSeconds: 30,
};
const app = await startApp(config, orm, { port: 0, host: "127.0.0.1" });
console.log(`LISTENING ${app.url}`);
process.once("SIGTERM", () => void app.stop().finally(() => orm.close().finally(() => process.exit(0))));

if (process.send) {
  const inspector = new Session();
  inspector.connect();
  await inspector.post("Profiler.enable");
  // Finer than the 1 ms default: a request costs a few milliseconds.
  await inspector.post("Profiler.setSamplingInterval", { interval: 200 });
  process.on("message", async (message: { profile: "start" | "stop" }) => {
    if (message.profile === "start") {
      await inspector.post("Profiler.start");
      process.send!({ profile: "started" });
    } else {
      const { profile } = await inspector.post("Profiler.stop");
      process.send!({ profile });
    }
  });
}
