import type { EntityManager } from "@mikro-orm/postgresql";
import { Board } from "../boards/board.entity.js";
import { Tag } from "../boards/tag.entity.js";
import { Post } from "../posts/post.entity.js";
import { PostKind } from "../posts/post-enums.js";
import { MailCategory, MailStatus } from "../mail/mail-enums.js";
import { badInput, notFound } from "../shared/errors.js";
import { isUuid } from "../shared/ids.js";
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
const REPORT_LIST_LENGTH = 10;
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
function changePercent(value: number | null, previous: number | null): number | null {
  if (value === null || previous === null || previous === 0) return null;
  return Math.round(((value - previous) / previous) * 1000) / 10;
}

const compare = <T extends number | null>(value: T, previous: T): Comparison<T> => ({ value, previous, changePercent: changePercent(value, previous) });

/** BAD_USER_INPUT naming `to` when the period is empty, reversed or longer than MAX_PERIOD_DAYS. */
function checkPeriod(from: Date, to: Date): void {
  if (!(to.getTime() > from.getTime())) throw badInput("to", InputReason.OUT_OF_RANGE, "The period must end after it starts (`to` after `from`).");
  if (to.getTime() - from.getTime() > MAX_PERIOD_DAYS * 86_400_000) {
    throw badInput("to", InputReason.OUT_OF_RANGE, `A report covers at most ${MAX_PERIOD_DAYS} days.`, { max: MAX_PERIOD_DAYS });
  }
}

/**
 * The period, its previous twin (same length, just before) and the board and kind, written into
 * each statement as constants: the planner then sees real bounds (an index range on created_at, a
 * join to post only when a board or kind narrows votes and comments), which bound parameters
 * behind a one-row CTE hid from it (seconds instead of a fraction at 200,000 votes). Safe to write:
 * the bounds are Date.toISOString() (digits and `-:.TZ`), the board a checked UUID, the kind a
 * PostKind value. Posts, votes and comments follow the board and kind; members, sanctions and mails
 * are the whole community's; changelog entries count when they link a post in scope.
 */
interface PeriodSql {
  /** Start of the period and end of it (exclusive), as timestamptz literals. */
  from: string;
  to: string;
  /** Conditions over `post p` for the board and kind, or null for every post. */
  posts: string | null;
  /** `column` falls in the previous period or the period. */
  inBoth: (column: string) => string;
  /** `column` (known to fall in one of the two) falls in the period. */
  isCurrent: (column: string) => string;
}

function periodSql(scope: ReportScope): PeriodSql {
  const literal = (date: Date) => `'${date.toISOString()}'::timestamptz`;
  if (scope.board && !isUuid(scope.board)) throw new Error("board must be a UUID");
  if (scope.kind && !Object.values(PostKind).includes(scope.kind)) throw new Error("kind must be a PostKind");
  const from = literal(scope.from);
  const previousFrom = literal(new Date(2 * scope.from.getTime() - scope.to.getTime()));
  const to = literal(scope.to);
  const posts = [scope.board ? `p.board_id = '${scope.board}'` : null, scope.kind ? `p.kind = '${scope.kind}'` : null].filter(Boolean).join(" and ") || null;
  return { from, to, posts, inBoth: (column) => `${column} >= ${previousFrom} and ${column} < ${to}`, isCurrent: (column) => `${column} >= ${from}` };
}

/** Rows of `alias` (which has a post_id) narrowed to the board and kind: a join to post only when they narrow. */
const joinScope = (period: PeriodSql, alias: string) => (period.posts ? `join post p on p.id = ${alias}.post_id and ${period.posts}` : "");

/**
 * The community report: every count over the period and the one before, each with its weeks, the
 * medians, the linked share, top tags, the posts that gained most votes and the rising topics —
 * all computed in PostgreSQL; only the few listed posts and tags are loaded as rows.
 */
export async function communityReport(em: EntityManager, scope: ReportScope): Promise<CommunityReportResult> {
  checkPeriod(scope.from, scope.to);
  // A mistyped board would otherwise report zeros as if it were a quiet one.
  if (scope.board && !(await em.count(Board, { id: scope.board }))) throw notFound("Board");
  const period = periodSql(scope);
  const postScope = { sql: period.posts ?? "true", values: [] };
  // Independent read-only statements: side by side on the pool's connections, so the report takes
  // as long as its slowest figure rather than their sum.
  const [counts, timings, topPostsShare, unlinked, topTags, gainers, hotTopics] = await Promise.all([
    reportCounts(em, scope, period),
    reportTimings(em, period),
    topPostsLinkedShare(em, REPORT_TOP_POSTS, postScope),
    topUnlinkedPosts(em, postScope),
    reportTopTags(em, period),
    reportGainers(em, period),
    reportHotTopics(em, period),
  ]);
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
 * One statement for every count: each table is read once over both periods as (metric, moment)
 * rows, grouped by period and by week (hashed: no count(distinct) over every row). Active members
 * are the distinct (member, week) pairs of the same posts, votes and comments, counted apart.
 */
async function reportCounts(em: EntityManager, scope: ReportScope, period: PeriodSql): Promise<ReportCount[]> {
  const { inBoth, isCurrent } = period;
  const week = (column: string) => `case when ${isCurrent(column)} then date_trunc('week', ${column}) end`;
  const rows: Array<{ metric: ReportMetric; current: boolean | null; week: Date | null; n: string }> = await em.execute(
    `with post_row as (select p.created_at, p.author_id, p.kind, s.category, p.shipped_at from post p join post_status s on s.key = p.status
                        where ${period.posts ?? "true"} and (${inBoth("p.created_at")} or ${inBoth("p.shipped_at")})),
     vote_row as (select v.created_at as at, v.member_id as who from vote v ${joinScope(period, "v")} where ${inBoth("v.created_at")}),
     comment_row as (select c.created_at as at, c.author_id as who from comment c ${joinScope(period, "c")}
                      where ${inBoth("c.created_at")} and ${COUNTED_COMMENT("c")}),
     event as (
       select 'POSTS' as metric, created_at as at from post_row where ${inBoth("created_at")}
       union all select 'POSTS_' || kind, created_at from post_row where ${inBoth("created_at")}
       union all select 'POSTS_' || category, created_at from post_row where ${inBoth("created_at")}
       union all select 'SHIPPED', shipped_at from post_row where ${inBoth("shipped_at")}
       union all select 'VOTES', at from vote_row
       union all select 'COMMENTS', at from comment_row
       union all select 'NEW_MEMBERS', m.created_at from member m where ${inBoth("m.created_at")}
       union all select 'CHANGELOG_ENTRIES', e.published_at from changelog_entry e
                  where e.state = 'PUBLISHED' and ${inBoth("e.published_at")}
                    ${period.posts ? `and exists (select 1 from changelog_entry_post ep join post p on p.id = ep.post_id where ep.changelog_entry_id = e.id and ${period.posts})` : ""}
       union all select 'SANCTIONS', s.created_at from sanction s where ${inBoth("s.created_at")}
       union all select 'NOTIFICATION_MAILS', o.sent_at from outbox_mail o
                  where o.category = '${MailCategory.NOTIFICATION}' and o.status = '${MailStatus.SENT}' and ${inBoth("o.sent_at")}
     ),
     active as (
       select distinct who, ${isCurrent("at")} as current, ${week("at")} as week
         from (select created_at as at, author_id as who from post_row where ${inBoth("created_at")}
               union all select at, who from vote_row union all select at, who from comment_row) contribution
     )
     select metric, current, week, count(*) as n
       from (select metric, ${isCurrent("at")} as current, ${week("at")} as week from event) dated
      group by grouping sets ((metric, current), (metric, week))
     union all select 'ACTIVE_MEMBERS', current, null, count(distinct who) from active group by current
     union all select 'ACTIVE_MEMBERS', null, week, count(*) from active where week is not null group by week`,
  );
  const weeks = weekStarts(scope.from, scope.to);
  return Object.values(ReportMetric).map((metric) => {
    const mine = rows.filter((row) => row.metric === metric);
    const amount = (row: (typeof rows)[number] | undefined) => (row ? Number(row.n) : 0);
    const byWeek = new Map(mine.filter((row) => row.current === null && row.week !== null).map((row) => [new Date(row.week!).getTime(), amount(row)]));
    return {
      metric,
      ...compare(amount(mine.find((row) => row.current === true)), amount(mine.find((row) => row.current === false))),
      series: weeks.map((weekStart) => ({ weekStart, value: byWeek.get(weekStart.getTime()) ?? 0 })),
    };
  });
}

/** Monday 00:00 UTC of every week the period touches, oldest first (the first and last may be partial). */
function weekStarts(from: Date, to: Date): Date[] {
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
async function reportTimings(em: EntityManager, period: PeriodSql) {
  const rows: Array<{ current: boolean; response: string | null; triage: string | null; ship: string | null }> = await em.execute(
    `select ${period.isCurrent("p.created_at")} as current,
            percentile_cont(0.5) within group (order by extract(epoch from first.response - p.created_at) / 3600) filter (where first.response is not null) as response,
            percentile_cont(0.5) within group (order by ${HOURS_TO_TRIAGE}) filter (where p.first_triaged_at is not null) as triage,
            percentile_cont(0.5) within group (order by ${DAYS_TO_SHIP}) filter (where p.shipped_at is not null) as ship
       from post p cross join lateral (select ${FIRST_STAFF_RESPONSE} as response) first
      where ${period.inBoth("p.created_at")} and ${period.posts ?? "true"}
      group by 1`,
  );
  const of = (current: boolean, column: "response" | "triage" | "ship") => oneDecimal(rows.find((row) => row.current === current)?.[column] ?? null);
  return {
    hoursToFirstResponse: compare(of(true, "response"), of(false, "response")),
    hoursToTriage: compare(of(true, "triage"), of(false, "triage")),
    daysToShip: compare(of(true, "ship"), of(false, "ship")),
  };
}

/** Tags by how many posts of the period carry them. */
async function reportTopTags(em: EntityManager, period: PeriodSql) {
  const current = period.isCurrent("p.created_at");
  const rows: Array<{ tag_id: string; value: string; previous: string }> = await em.execute(
    `select pt.tag_id, count(*) filter (where ${current}) as value, count(*) filter (where not ${current}) as previous
       from post_tag pt join post p on p.id = pt.post_id
      where ${period.inBoth("p.created_at")} and ${period.posts ?? "true"}
      group by pt.tag_id having count(*) filter (where ${current}) > 0
      order by value desc, previous asc, pt.tag_id limit ${REPORT_LIST_LENGTH}`,
  );
  const tags = await tagsById(em, rows.map((row) => row.tag_id));
  return rows.map((row) => ({ tag: tags.get(row.tag_id)!, ...compare(Number(row.value), Number(row.previous)) }));
}

/** The posts in scope that gained most votes in the period. */
async function reportGainers(em: EntityManager, period: PeriodSql) {
  const rows: Array<{ post_id: string; votes: string }> = await em.execute(
    `select v.post_id, count(*) as votes from vote v ${joinScope(period, "v")}
      where v.created_at >= ${period.from} and v.created_at < ${period.to}
      group by v.post_id order by votes desc, v.post_id limit ${REPORT_LIST_LENGTH}`,
  );
  const posts = await em.find(Post, { id: { $in: rows.map((row) => row.post_id) } }, { populate: ["board"] });
  return rows.map((row) => ({ post: posts.find((post) => post.id === row.post_id)!, votes: Number(row.votes) }));
}

/**
 * Tags and title words that rose most against the previous period (posts carrying them, current
 * minus previous), with no judgement of tone. A title word is a lower-cased token of PostgreSQL's
 * text parser ('simple': no stemming; a tsvector holds each once, so a post counts a word once),
 * three characters or more and not an English or German stop word (PostgreSQL's own lists). The
 * parser is several times faster than splitting titles with a regular expression.
 */
async function reportHotTopics(em: EntityManager, period: PeriodSql) {
  // Counted per candidate first; only the few that rose are looked up in the stop-word lists.
  const rising = `count(*) filter (where s.current) >= ${HOT_TOPIC_MIN} and count(*) filter (where s.current) > count(*) filter (where not s.current)`;
  const rows: Array<{ tag_id: string | null; label: string; value: string; previous: string }> = await em.execute(
    `with scoped as (select p.id, p.title, ${period.isCurrent("p.created_at")} as current from post p
                      where ${period.inBoth("p.created_at")} and ${period.posts ?? "true"}),
     word as (
       select w.word, count(*) filter (where s.current) as value, count(*) filter (where not s.current) as previous
         from scoped s cross join lateral unnest(tsvector_to_array(to_tsvector('simple', s.title))) as w(word)
        where length(w.word) >= 3
        group by w.word having ${rising}
     ),
     tagged as (
       select pt.tag_id, count(*) filter (where s.current) as value, count(*) filter (where not s.current) as previous
         from scoped s join post_tag pt on pt.post_id = s.id
        group by pt.tag_id having ${rising}
     )
     select * from (
       select null::uuid as tag_id, word as label, value, previous from word
        where numnode(plainto_tsquery('english', word)) > 0 and numnode(plainto_tsquery('german', word)) > 0
       union all
       select tagged.tag_id, t.name, value, previous from tagged join tag t on t.id = tagged.tag_id
     ) topic
      order by value - previous desc, value desc, label
      limit ${REPORT_LIST_LENGTH}`,
  );
  const tags = await tagsById(em, rows.flatMap((row) => (row.tag_id ? [row.tag_id] : [])));
  return rows.map((row) => ({ label: row.label, tag: row.tag_id ? tags.get(row.tag_id)! : null, value: Number(row.value), previous: Number(row.previous) }));
}

async function tagsById(em: EntityManager, ids: string[]): Promise<Map<string, Tag>> {
  return new Map((await em.find(Tag, { id: { $in: ids } })).map((tag) => [tag.id, tag]));
}

