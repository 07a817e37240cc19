import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Config } from "../config.js";
import { SecretBox } from "./secrets.js";

/**
 * Outside production a missing SECRET_KEY is generated once and kept beside the embedded database
 * (`.data/secret-key`, gitignored), so `npm start` needs no setup and credentials survive restarts.
 * Production refuses to start without an explicit key.
 */
export async function developmentSecretKey(config: Config): Promise<string> {
  if (config.production) throw new Error("SECRET_KEY must be set in production (32 random bytes, base64).");
  const file = path.join(path.dirname(path.resolve(config.embeddedDataDir)), "secret-key");
  try {
    return (await readFile(file, "utf8")).trim();
  } catch {
    const key = SecretBox.generateKey();
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, key + "\n", { mode: 0o600 });
    return key;
  }
}
