import type { EntityManager } from "@mikro-orm/postgresql";
import { Board } from "../boards/board.entity.js";
import { Tag } from "../boards/tag.entity.js";
import { Post } from "../posts/post.entity.js";
import { PostKind } from "../posts/post-enums.js";
import { MailCategory, MailStatus } from "../mail/mail-enums.js";
import { badInput, notFound } from "../shared/errors.js";
import { InputReason } from "../shared/input-rules.js";
import { COUNTED_COMMENT, DAYS_TO_SHIP, FIRST_STAFF_RESPONSE, HOURS_TO_TRIAGE, oneDecimal, topPostsLinkedShare, topUnlinkedPosts } from "./report-rules.js";

/** Every count the report gives, each with the previous period and a week-by-week series. */
export enum ReportMetric {
  NEW_MEMBERS = "NEW_MEMBERS",
  /** Members who posted, commented or voted (on the board and kind asked for). */
  ACTIVE_MEMBERS = "ACTIVE_MEMBERS",
  POSTS = "POSTS",
  POSTS_IDEA = "POSTS_IDEA",
  POSTS_BUG = "POSTS_BUG",
  POSTS_USABILITY = "POSTS_USABILITY",
  /** Posts of the period by the category of the status they are in now. */
  POSTS_OPEN = "POSTS_OPEN",
  POSTS_ACTIVE = "POSTS_ACTIVE",
  POSTS_DONE = "POSTS_DONE",
  POSTS_CLOSED = "POSTS_CLOSED",
  VOTES = "VOTES",
  COMMENTS = "COMMENTS",
  SHIPPED = "SHIPPED",
  CHANGELOG_ENTRIES = "CHANGELOG_ENTRIES",
  SANCTIONS = "SANCTIONS",
  NOTIFICATION_MAILS = "NOTIFICATION_MAILS",
}

/** The longest period one report covers (its previous period doubles what is read). */
export const MAX_PERIOD_DAYS = 366;
/** How many of the most-voted open posts the "linked to a tracker" share looks at. */
export const REPORT_TOP_POSTS = 50;
/** Length of the top-tags, gainers and hot-topics lists. */
export const REPORT_LIST_LENGTH = 10;
/** A word or tag must come up at least this often in the period to be a hot topic (one mention is noise). */
const HOT_TOPIC_MIN = 2;

export interface ReportScope {
  from: Date;
  to: Date;
  board?: string | null;
  kind?: PostKind | null;
}

export interface Comparison<T> {
  value: T;
  previous: T;
  changePercent: number | null;
}

export interface ReportCount extends Comparison<number> {
  metric: ReportMetric;
  series: Array<{ weekStart: Date; value: number }>;
}

export interface CommunityReportResult {
  from: Date;
  to: Date;
  previousFrom: Date;
  board: string | null;
  kind: PostKind | null;
  counts: ReportCount[];
  hoursToFirstResponse: Comparison<number | null>;
  hoursToTriage: Comparison<number | null>;
  daysToShip: Comparison<number | null>;
  topPostsLinkedShare: number | null;
  topUnlinkedPosts: Post[];
  topTags: Array<Comparison<number> & { tag: Tag }>;
  gainers: Array<{ post: Post; votes: number }>;
  hotTopics: Array<{ label: string; tag: Tag | null; value: number; previous: number }>;
}

/** Change against the previous period in percent, one decimal; null when there was nothing before (or nothing to compare). */
export function changePercent(value: number | null, previous: number | null): number | null {
  if (value === null || previous === null || previous === 0) return null;
  return Math.round(((value - previous) / previous) * 1000) / 10;
}

const compare = <T extends number | null>(value: T, previous: T): Comparison<T> => ({ value, previous, changePercent: changePercent(value, previous) });

/** BAD_USER_INPUT naming `to` when the period is empty, reversed or longer than MAX_PERIOD_DAYS. */
export function checkPeriod(from: Date, to: Date): void {
  if (!(to.getTime() > from.getTime())) throw badInput("to", InputReason.OUT_OF_RANGE, "The period must end after it starts (`to` after `from`).");
  if (to.getTime() - from.getTime() > MAX_PERIOD_DAYS * 86_400_000) {
    throw badInput("to", InputReason.OUT_OF_RANGE, `A report covers at most ${MAX_PERIOD_DAYS} days.`, { max: MAX_PERIOD_DAYS });
  }
}

/**
 * The period, its previous twin (same length, just before) and the board and kind, as the first
 * CTE of each statement, so every figure reads one set of bound values. Posts, votes and comments
 * follow the board and kind; members, sanctions and mails are the whole community's; changelog
 * entries count when they link a post in scope.
 */
const PARAMS = `params as (select ?::timestamptz as f, ?::timestamptz as t, ?::timestamptz - (?::timestamptz - ?::timestamptz) as pf, ?::uuid as only_board, ?::post_kind as only_kind)`;
const IN_SCOPE = `(params.only_board is null or p.board_id = params.only_board) and (params.only_kind is null or p.kind = params.only_kind)`;
const paramValues = (scope: ReportScope) => [scope.from, scope.to, scope.from, scope.to, scope.from, scope.board ?? null, scope.kind ?? null];
const IN_BOTH_PERIODS = (column: string) => `${column} >= params.pf and ${column} < params.t`;

/**
 * The community report: every count over the period and the one before, each with its weeks, the
 * medians, the linked share, top tags, the posts that gained most votes and the rising topics —
 * all computed in PostgreSQL; only the few listed posts and tags are loaded as rows.
 */
export async function communityReport(em: EntityManager, scope: ReportScope): Promise<CommunityReportResult> {
  checkPeriod(scope.from, scope.to);
  // A mistyped board would otherwise report zeros as if it were a quiet one.
  if (scope.board && !(await em.count(Board, { id: scope.board }))) throw notFound("Board");
  const values = paramValues(scope);
  const postScope = {
    sql: `(?::uuid is null or p.board_id = ?::uuid) and (?::post_kind is null or p.kind = ?::post_kind)`,
    values: [scope.board ?? null, scope.board ?? null, scope.kind ?? null, scope.kind ?? null],
  };
  const [counts, timings, topPostsShare, unlinked, topTags, gainers, hotTopics] = [
    await reportCounts(em, scope, values),
    await reportTimings(em, values),
    await topPostsLinkedShare(em, REPORT_TOP_POSTS, postScope),
    await topUnlinkedPosts(em, postScope),
    await reportTopTags(em, values),
    await reportGainers(em, values),
    await reportHotTopics(em, values),
  ];
  return {
    from: scope.from,
    to: scope.to,
    previousFrom: new Date(2 * scope.from.getTime() - scope.to.getTime()),
    board: scope.board ?? null,
    kind: scope.kind ?? null,
    counts,
    ...timings,
    topPostsLinkedShare: topPostsShare,
    topUnlinkedPosts: unlinked,
    topTags,
    gainers,
    hotTopics,
  };
}

/**
 * One statement for every count: each table is read once over both periods (through its
 * created_at index where it has one) as (metric, moment, who) rows, then grouped by period and by
 * week. Active members are the distinct authors and voters of those same rows.
 */
async function reportCounts(em: EntityManager, scope: ReportScope, values: unknown[]): Promise<ReportCount[]> {
  const rows: Array<{ metric: ReportMetric; current: boolean | null; week: Date | null; n: string; people: string }> = await em.execute(
    `with ${PARAMS},
     post_row as (select p.created_at, p.author_id, p.kind, s.category, p.shipped_at from post p join post_status s on s.key = p.status, params
                   where ${IN_SCOPE} and (${IN_BOTH_PERIODS("p.created_at")} or ${IN_BOTH_PERIODS("p.shipped_at")})),
     event as (
       select 'POSTS' as metric, created_at as at, author_id as who from post_row, params where ${IN_BOTH_PERIODS("created_at")}
       union all select 'POSTS_' || kind, created_at, null from post_row, params where ${IN_BOTH_PERIODS("created_at")}
       union all select 'POSTS_' || category, created_at, null from post_row, params where ${IN_BOTH_PERIODS("created_at")}
       union all select 'SHIPPED', shipped_at, null from post_row, params where ${IN_BOTH_PERIODS("shipped_at")}
       union all select 'VOTES', v.created_at, v.member_id from vote v join post p on p.id = v.post_id, params
                  where ${IN_BOTH_PERIODS("v.created_at")} and ${IN_SCOPE}
       union all select 'COMMENTS', c.created_at, c.author_id from comment c join post p on p.id = c.post_id, params
                  where ${IN_BOTH_PERIODS("c.created_at")} and ${COUNTED_COMMENT("c")} and ${IN_SCOPE}
       union all select 'NEW_MEMBERS', m.created_at, null from member m, params where ${IN_BOTH_PERIODS("m.created_at")}
       union all select 'CHANGELOG_ENTRIES', e.published_at, null from changelog_entry e, params
                  where e.state = 'PUBLISHED' and ${IN_BOTH_PERIODS("e.published_at")}
                    and (params.only_board is null and params.only_kind is null
                         or exists (select 1 from changelog_entry_post ep join post p on p.id = ep.post_id where ep.changelog_entry_id = e.id and ${IN_SCOPE}))
       union all select 'SANCTIONS', s.created_at, null from sanction s, params where ${IN_BOTH_PERIODS("s.created_at")}
       union all select 'NOTIFICATION_MAILS', o.sent_at, null from outbox_mail o, params
                  where o.category = '${MailCategory.NOTIFICATION}' and o.status = '${MailStatus.SENT}' and ${IN_BOTH_PERIODS("o.sent_at")}
     ),
     dated as (
       select metric, who, at >= params.f as current, case when at >= params.f then date_trunc('week', at) end as week
         from (select metric, at, who from event
               union all select 'ACTIVE_MEMBERS', at, who from event where metric in ('POSTS', 'VOTES', 'COMMENTS')) e, params
     )
     select metric, current, week, count(*) as n, count(distinct who) as people
       from dated group by grouping sets ((metric, current), (metric, week))`,
    values,
  );
  const weeks = weekStarts(scope.from, scope.to);
  return Object.values(ReportMetric).map((metric) => {
    const mine = rows.filter((row) => row.metric === metric);
    const amount = (row: (typeof rows)[number] | undefined) => (row ? Number(metric === ReportMetric.ACTIVE_MEMBERS ? row.people : row.n) : 0);
    const byWeek = new Map(mine.filter((row) => row.current === null && row.week !== null).map((row) => [new Date(row.week!).getTime(), amount(row)]));
    return {
      metric,
      ...compare(amount(mine.find((row) => row.current === true)), amount(mine.find((row) => row.current === false))),
      series: weeks.map((weekStart) => ({ weekStart, value: byWeek.get(weekStart.getTime()) ?? 0 })),
    };
  });
}

/** Monday 00:00 UTC of every week the period touches, oldest first (the first and last may be partial). */
export function weekStarts(from: Date, to: Date): Date[] {
  const monday = (at: Date) => {
    const day = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
    day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
    return day;
  };
  const weeks: Date[] = [];
  for (let week = monday(from); week.getTime() < to.getTime(); week = new Date(week.getTime() + 7 * 86_400_000)) weeks.push(week);
  return weeks;
}

/** Medians for the posts submitted in each period (a post submitted last period and answered now counts there). */
async function reportTimings(em: EntityManager, values: unknown[]) {
  const rows: Array<{ current: boolean; response: string | null; triage: string | null; ship: string | null }> = await em.execute(
    `with ${PARAMS}
     select p.created_at >= params.f as current,
            percentile_cont(0.5) within group (order by extract(epoch from first.response - p.created_at) / 3600) filter (where first.response is not null) as response,
            percentile_cont(0.5) within group (order by ${HOURS_TO_TRIAGE}) filter (where p.first_triaged_at is not null) as triage,
            percentile_cont(0.5) within group (order by ${DAYS_TO_SHIP}) filter (where p.shipped_at is not null) as ship
       from post p cross join params cross join lateral (select ${FIRST_STAFF_RESPONSE} as response) first
      where ${IN_BOTH_PERIODS("p.created_at")} and ${IN_SCOPE}
      group by 1`,
    values,
  );
  const of = (current: boolean, column: "response" | "triage" | "ship") => oneDecimal(rows.find((row) => row.current === current)?.[column] ?? null);
  return {
    hoursToFirstResponse: compare(of(true, "response"), of(false, "response")),
    hoursToTriage: compare(of(true, "triage"), of(false, "triage")),
    daysToShip: compare(of(true, "ship"), of(false, "ship")),
  };
}

/** Tags by how many posts of the period carry them. */
async function reportTopTags(em: EntityManager, values: unknown[]) {
  const rows: Array<{ tag_id: string; value: string; previous: string }> = await em.execute(
    `with ${PARAMS}
     select pt.tag_id, count(*) filter (where p.created_at >= params.f) as value, count(*) filter (where p.created_at < params.f) as previous
       from post_tag pt join post p on p.id = pt.post_id, params
      where ${IN_BOTH_PERIODS("p.created_at")} and ${IN_SCOPE}
      group by pt.tag_id having count(*) filter (where p.created_at >= params.f) > 0
      order by value desc, previous asc, pt.tag_id limit ${REPORT_LIST_LENGTH}`,
    values,
  );
  const tags = await tagsById(em, rows.map((row) => row.tag_id));
  return rows.map((row) => ({ tag: tags.get(row.tag_id)!, ...compare(Number(row.value), Number(row.previous)) }));
}

/** The posts in scope that gained most votes in the period. */
async function reportGainers(em: EntityManager, values: unknown[]) {
  const rows: Array<{ post_id: string; votes: string }> = await em.execute(
    `with ${PARAMS}
     select v.post_id, count(*) as votes from vote v join post p on p.id = v.post_id, params
      where v.created_at >= params.f and v.created_at < params.t and ${IN_SCOPE}
      group by v.post_id order by votes desc, v.post_id limit ${REPORT_LIST_LENGTH}`,
    values,
  );
  const posts = await em.find(Post, { id: { $in: rows.map((row) => row.post_id) } }, { populate: ["board"] });
  return rows.map((row) => ({ post: posts.find((post) => post.id === row.post_id)!, votes: Number(row.votes) }));
}

/**
 * Tags and title words that rose most against the previous period (posts carrying them, current
 * minus previous), with no judgement of tone. A title word is letters or digits, three or more,
 * and not an English or German stop word (PostgreSQL's own lists); each post counts a word once.
 */
async function reportHotTopics(em: EntityManager, values: unknown[]) {
  const rows: Array<{ tag_id: string | null; label: string; value: string; previous: string }> = await em.execute(
    `with ${PARAMS},
     scoped as (select p.id, p.title, p.created_at >= params.f as current from post p, params where ${IN_BOTH_PERIODS("p.created_at")} and ${IN_SCOPE}),
     mention as (
       select pt.tag_id, null::text as word, s.current, s.id from scoped s join post_tag pt on pt.post_id = s.id
       -- union, not union all: a word twice in one title is one mention
       union
       select null::uuid, w.word, s.current, s.id from scoped s cross join lateral regexp_split_to_table(lower(s.title), '[^[:alnum:]]+') as w(word)
        where length(w.word) >= 3 and numnode(plainto_tsquery('english', w.word)) > 0 and numnode(plainto_tsquery('german', w.word)) > 0
     )
     select m.tag_id, coalesce(t.name, m.word) as label, count(*) filter (where m.current) as value, count(*) filter (where not m.current) as previous
       from mention m left join tag t on t.id = m.tag_id
      group by m.tag_id, coalesce(t.name, m.word)
     having count(*) filter (where m.current) >= ${HOT_TOPIC_MIN}
        and count(*) filter (where m.current) > count(*) filter (where not m.current)
      order by count(*) filter (where m.current) - count(*) filter (where not m.current) desc, value desc, label
      limit ${REPORT_LIST_LENGTH}`,
    values,
  );
  const tags = await tagsById(em, rows.flatMap((row) => (row.tag_id ? [row.tag_id] : [])));
  return rows.map((row) => ({ label: row.label, tag: row.tag_id ? tags.get(row.tag_id)! : null, value: Number(row.value), previous: Number(row.previous) }));
}

async function tagsById(em: EntityManager, ids: string[]): Promise<Map<string, Tag>> {
  return new Map((await em.find(Tag, { id: { $in: ids } })).map((tag) => [tag.id, tag]));
}

