/**
 * Docker is not needed to catch the usual Dockerfile breakage: a COPY of a file that was moved or
 * renamed, a RUN of a script that no longer exists, a runtime stage that starts something else than
 * `npm run start:prod` does. Read line by line (instructions, continuations joined).
 */
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

interface Instruction {
  stage: number;
  keyword: string;
  args: string;
}

function instructions(): Instruction[] {
  const text = readFileSync("Dockerfile", "utf8").replace(/\\\n/g, " ");
  let stage = -1;
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("#"))
    .map((line) => {
      const [keyword, ...rest] = line.split(/\s+/);
      if (keyword.toUpperCase() === "FROM") stage++;
      return { stage, keyword: keyword.toUpperCase(), args: rest.join(" ") };
    });
}

/** COPY's sources, its `--from` stage (if any) and its destination. */
function copyOf(args: string) {
  const words = args.split(/\s+/);
  const from = words.find((word) => word.startsWith("--from="))?.slice("--from=".length);
  const paths = words.filter((word) => !word.startsWith("--"));
  return { from, sources: paths.slice(0, -1), destination: paths.at(-1)! };
}

const all = instructions();
const scripts: Record<string, string> = JSON.parse(readFileSync("package.json", "utf8")).scripts;
const ignored = readFileSync(".dockerignore", "utf8")
  .split("\n")
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith("#"));

describe("the Dockerfile", () => {
  it("copies from the build context only files that exist and that .dockerignore lets through", () => {
    const sources = all.filter((step) => step.keyword === "COPY" && !copyOf(step.args).from).flatMap((step) => copyOf(step.args).sources);
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) {
      expect(existsSync(source), `${source} is copied but does not exist`).toBe(true);
      expect(ignored, `${source} is copied but .dockerignore leaves it out`).not.toContain(source);
    }
  });

  it("copies into the runtime stage only what the build stage has: its own copies or the compiled output (dist)", () => {
    const buildStage = all.filter((step) => step.stage === 0 && step.keyword === "COPY").flatMap((step) => copyOf(step.args).sources.map((source) => `/app/${source}`));
    const outDir = JSON.parse(readFileSync("tsconfig.build.json", "utf8")).compilerOptions.outDir;
    const fromBuild = all.filter((step) => step.keyword === "COPY" && copyOf(step.args).from).flatMap((step) => copyOf(step.args).sources);
    expect(fromBuild).not.toEqual([]);
    for (const source of fromBuild) expect([...buildStage, `/app/${outDir}`]).toContain(source);
    // The compiled entry point the runtime stage starts is the one `npm run start:prod` starts.
    expect(scripts["start:prod"]).toContain(outDir);
  });

  it("runs only npm scripts that package.json has", () => {
    const runs = all.filter((step) => step.keyword === "RUN").flatMap((step) => [...step.args.matchAll(/npm run ([\w:-]+)/g)].map((match) => match[1]));
    expect(runs).toContain("build");
    for (const name of runs) expect(Object.keys(scripts)).toContain(name);
  });

  it("starts what start:prod starts, as a non-root user, checked by /healthz", () => {
    const runtime = all.filter((step) => step.stage === Math.max(...all.map((each) => each.stage)));
    const cmd = JSON.parse(runtime.find((step) => step.keyword === "CMD")!.args) as string[];
    const entry = scripts["start:prod"].split(/\s+/).find((word) => word.endsWith(".js"));
    expect(cmd).toContain(entry);
    expect(runtime.find((step) => step.keyword === "ENV")!.args).toContain("NODE_ENV=production");
    const user = runtime.find((step) => step.keyword === "USER")?.args;
    expect(user).toMatch(/^(?!root$|0$)\S+$/);
    expect(runtime.find((step) => step.keyword === "HEALTHCHECK")!.args).toContain("/healthz");
  });
});
