import type { MikroORM } from "@mikro-orm/postgresql";
import cookieParser from "cookie-parser";
import type { Express, Request, RequestHandler, Response } from "express";
import type { Config } from "../config.js";
import { httpStatusOf } from "../graphql/errors.js";
import { SESSION_COOKIE, resolveViewer } from "../members/auth.service.js";
import { requirePermission } from "../members/permission.js";
import type { Member } from "../members/member.entity.js";
import { PostKind, PostSort } from "../posts/post-enums.js";
import type { PostFilter } from "../posts/post.inputs.js";
import { listPosts } from "../posts/post.service.js";
import { AppError, badInput } from "../shared/errors.js";
import { canonicalId, isUuid } from "../shared/ids.js";
import { InputReason, LIMITS } from "../shared/input-rules.js";
import { communityReport, type CommunityReportResult } from "./community-report.service.js";
import { toCsv, type CsvCell } from "./csv.js";
import { REPORT_POLICY } from "./reports.policy.js";

/** The most posts one CSV export holds; a bigger list wants a narrower filter. */
const POSTS_CSV_MAX = 10_000;
const POSTS_CSV_PAGE = 500;

type Query = Request["query"];
const one = (query: Query, name: string): string | undefined => (typeof query[name] === "string" && query[name] !== "" ? (query[name] as string) : undefined);

function idParam(query: Query, name: string): string | undefined {
  const value = one(query, name);
  if (value !== undefined && !isUuid(value)) throw badInput(name, InputReason.INVALID_ID, `${name} is not a valid id.`);
  return value && canonicalId(value);
}

function dateParam(query: Query, name: string): Date | undefined {
  const value = one(query, name);
  if (value === undefined) return undefined;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw badInput(name, InputReason.INVALID_VALUE, `${name} is not a date and time (ISO 8601).`);
  return date;
}

function enumParam<T extends string>(query: Query, name: string, values: readonly T[]): T | undefined {
  const value = one(query, name);
  if (value !== undefined && !values.includes(value as T)) throw badInput(name, InputReason.INVALID_VALUE, `${name} must be one of ${values.join(", ")}.`);
  return value as T | undefined;
}

/** The `posts` query's filter, read from the URL the post list shows (status may repeat or be comma-separated). */
function postFilterFrom(query: Query): PostFilter {
  const statuses = [query.status].flat().filter((value): value is string => typeof value === "string").flatMap((value) => value.split(",")).filter(Boolean);
  if (statuses.length > 10) throw badInput("status", InputReason.TOO_MANY, "status names at most 10 statuses.", { max: 10 });
  const search = one(query, "search");
  if (search && [...search].length > LIMITS.search.max) throw badInput("search", InputReason.TOO_LONG, `search is at most ${LIMITS.search.max} characters.`, { max: LIMITS.search.max });
  const linked = enumParam(query, "linked", ["true", "false"] as const);
  return {
    board: idParam(query, "board"),
    kind: enumParam(query, "kind", Object.values(PostKind)),
    status: statuses.length ? statuses : undefined,
    tag: idParam(query, "tag"),
    author: idParam(query, "author"),
    linked: linked === undefined ? null : linked === "true",
    createdBefore: dateParam(query, "createdBefore") ?? null,
    createdAfter: dateParam(query, "createdAfter") ?? null,
    search,
  };
}

/** The report as one sheet: a section column tells counts, weeks, medians and lists apart. */
const REPORT_CSV_HEADER = ["section", "item", "week_start", "value", "previous", "change_percent"] as const;

function reportCsvRows(report: CommunityReportResult): CsvCell[][] {
  const day = (date: Date) => date.toISOString().slice(0, 10);
  return [
    ...report.counts.map((count) => ["count", count.metric, null, count.value, count.previous, count.changePercent]),
    ...report.counts.flatMap((count) => count.series.map((week) => ["week", count.metric, day(week.weekStart), week.value, null, null])),
    ...(
      [
        ["HOURS_TO_FIRST_RESPONSE", report.hoursToFirstResponse],
        ["HOURS_TO_TRIAGE", report.hoursToTriage],
        ["DAYS_TO_SHIP", report.daysToShip],
      ] as const
    ).map(([name, median]) => ["median", name, null, median.value, median.previous, median.changePercent]),
    ["share", "TOP_POSTS_LINKED", null, report.topPostsLinkedShare, null, null],
    ...report.topTags.map((tag) => ["tag", tag.tag.name, null, tag.value, tag.previous, tag.changePercent]),
    ...report.gainers.map((gainer) => ["gainer", gainer.post.title, null, gainer.votes, null, null]),
    ...report.hotTopics.map((topic) => ["hot_topic", topic.tag ? `tag:${topic.label}` : topic.label, null, topic.value, topic.previous, null]),
  ];
}

const POSTS_CSV_HEADER = ["id", "title", "kind", "status", "board", "votes", "comments", "created_at", "shipped_at", "url"] as const;

function sendCsv(res: Response, filename: string, csv: string): void {
  res.set({ "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${filename}"`, "Cache-Control": "no-store" });
  res.send(csv);
}

/**
 * CSV downloads of the community report and of the post list under any filter, for staff signed in
 * with the session cookie (a link the dashboard offers, so no GraphQL client is needed). The same
 * permission as the dashboard; refusals are JSON with the API's codes.
 */
export function mountReportExports(app: Express, deps: { orm: MikroORM; config: Config }): void {
  const staffOnly = (handler: (req: Request, res: Response, viewer: Member, em: ReturnType<MikroORM["em"]["fork"]>) => Promise<void>): RequestHandler =>
    async (req, res, next) => {
      const em = deps.orm.em.fork();
      try {
        const { viewer } = await resolveViewer(em, { sessionToken: req.cookies?.[SESSION_COOKIE] });
        await handler(req, res, requirePermission(viewer, REPORT_POLICY.viewStats), em);
      } catch (error) {
        if (error instanceof AppError) res.status(httpStatusOf(error.code)).json({ error: error.message, code: error.code, ...error.details });
        else next(error);
      }
    };

  app.get("/reports/community.csv", cookieParser(), staffOnly(async (req, res, _viewer, em) => {
    const from = dateParam(req.query, "from");
    const to = dateParam(req.query, "to");
    if (!from) throw badInput("from", InputReason.REQUIRED, "from is required.");
    if (!to) throw badInput("to", InputReason.REQUIRED, "to is required.");
    const report = await communityReport(em, { from, to, board: idParam(req.query, "board"), kind: enumParam(req.query, "kind", Object.values(PostKind)) });
    const day = (date: Date) => date.toISOString().slice(0, 10);
    sendCsv(res, `community-report-${day(from)}-${day(to)}.csv`, toCsv(REPORT_CSV_HEADER, reportCsvRows(report)));
  }));

  app.get("/posts.csv", cookieParser(), staffOnly(async (req, res, viewer, em) => {
    const filter = postFilterFrom(req.query);
    const sort = enumParam(req.query, "sort", Object.values(PostSort)) ?? PostSort.TOP;
    const rows: CsvCell[][] = [];
    for (let offset = 0; offset < POSTS_CSV_MAX; offset += POSTS_CSV_PAGE) {
      const page = await listPosts(em, { viewer, filter, sort, first: Math.min(POSTS_CSV_PAGE, POSTS_CSV_MAX - offset), offset });
      page.posts.forEach((post, index) => {
        rows.push([post.id, post.title, post.kind, post.status, page.related[index].board.name, post.voteCount, post.commentCount, post.createdAt, post.shippedAt, `${deps.config.publicUrl}/posts/${post.id}`]);
      });
      if (!page.hasMore) break;
    }
    sendCsv(res, "posts.csv", toCsv(POSTS_CSV_HEADER, rows));
  }));
}
