import type { EntityManager } from "@mikro-orm/postgresql";
import { POST_POLICY, memberSeesPostSql } from "../posts/post.policy.js";
import { DEFAULT_CHANNELS, NotificationCategory } from "./notification-category.js";
import { NotificationKind } from "./notification.entity.js";
import { markdownToText } from "../shared/markdown.js";
import { ACTIVE_RESTRICTION_SQL } from "../moderation/sanction.entity.js";

/** Who should hear about an event, before visibility, the actor and preferences are applied. */
export interface Audience {
  /**
   * Selects `member_id, kind, category, priority, post_id`: `post_id` is the post through which the
   * member is reached (they must be able to see it), null for an audience that needs none (every
   * changelog entry). A member reached twice keeps the row with the lowest priority.
   */
  sql: string;
  params: unknown[];
}

export interface FanOut {
  /** The domain event's row: with the recipient, the key that makes a retried job tell nobody twice. */
  sourceId: string;
  /** The post the notice is about; null for a changelog entry. */
  postId: string | null;
  changelogEntryId?: string | null;
  actorId: string | null;
  commentId?: string | null;
  toStatus?: string | null;
  excerpt?: string | null;
  audience: Audience;
}

const DEFAULTS_SQL = Object.values(NotificationCategory)
  .map((category) => `('${category}'::notification_category, ${DEFAULT_CHANNELS[category].inApp}, ${DEFAULT_CHANNELS[category].email})`)
  .join(", ");

/**
 * Where each member of the audience would be told: the CTEs `recipient` and `routed` (member,
 * kind, category, in_app, by_mail, cadence). Never the actor; never through a post the member cannot
 * see (posts/post.policy.ts, the one visibility rule); never a suspended member. E-mail only to verified addresses that do
 * not bounce, and not when the member's cadence is OFF.
 */
function routing(audience: Audience, actorId: string | null): { sql: string; params: unknown[] } {
  return {
    sql: `with audience as (${audience.sql}),
     reachable as (
       select a.member_id, a.kind, a.category, a.priority,
         m.email_verified_at is not null and m.mail_suppressed_at is null as mailable
       from audience a
       join member m on m.id = a.member_id
       left join post p on p.id = a.post_id
       left join post_status st on st.key = p.status
       where m.id is distinct from ?::uuid
         and (a.post_id is null or ${memberSeesPostSql("m", "p", "st")})
         and not exists (select 1 from sanction s where s.member_id = m.id and s.kind = 'SUSPEND' and ${ACTIVE_RESTRICTION_SQL("s")})
     ),
     recipient as (
       select distinct on (r.member_id) r.member_id, r.kind::notification_kind as kind, r.category::notification_category as category, r.mailable
       from reachable r order by r.member_id, r.priority
     ),
     defaults (category, in_app, email) as (values ${DEFAULTS_SQL}),
     routed as (
       select r.member_id, r.kind, r.category,
         coalesce(settings.email_cadence, 'INSTANT') as cadence,
         coalesce(pref.in_app, d.in_app) as in_app,
         coalesce(pref.email, d.email) and coalesce(settings.email_cadence, 'INSTANT') <> 'OFF' and r.mailable as by_mail
       from recipient r
       join defaults d on d.category = r.category
       left join notification_preference pref on pref.member_id = r.member_id and pref.category = r.category
       left join notification_settings settings on settings.member_id = r.member_id
     )`,
    params: [...audience.params, actorId, POST_POLICY.seeHidden.roles],
  };
}

/**
 * Writes every notification of one event in one `INSERT … SELECT` (100,000 followers are one
 * statement, not 100,000 ORM calls), to everyone `routing` sends it somewhere. E-mail waits as
 * PENDING for the batch window or the digest. Returns how many members were told.
 */
export async function fanOut(em: EntityManager, event: FanOut): Promise<number> {
  const routed = routing(event.audience, event.actorId);
  const [{ told }]: { told: number }[] = await em.execute(
    `${routed.sql},
     inserted as (
       insert into notification (recipient_id, source_id, category, kind, post_id, changelog_entry_id, comment_id, actor_id, to_status, excerpt, in_app, mail)
       select member_id, ?, category, kind, ?, ?, ?, ?, ?, ?, in_app, case when by_mail then 'PENDING' else 'NONE' end::notification_mail
       from routed where in_app or by_mail
       on conflict (source_id, recipient_id) do nothing
       returning 1
     )
     select count(*)::int as told from inserted`,
    [
      ...routed.params,
      event.sourceId,
      event.postId,
      event.changelogEntryId ?? null,
      event.commentId ?? null,
      event.actorId,
      event.toStatus ?? null,
      event.excerpt ?? null,
    ],
  );
  return told;
}

export interface Reach {
  /** Everyone told, in the app or by mail. */
  total: number;
  /** By mail within the batch window. */
  emailNow: number;
  /** By mail in their next daily or weekly digest. */
  emailDigest: number;
  /** In the app only. */
  inAppOnly: number;
}

/** `Reach` of the rows `routing` gives. */
const REACH_OF_ROUTED = `select count(*) filter (where in_app or by_mail)::int as "total",
            count(*) filter (where by_mail and cadence = 'INSTANT')::int as "emailNow",
            count(*) filter (where by_mail and cadence in ('DAILY', 'WEEKLY'))::int as "emailDigest",
            count(*) filter (where in_app and not by_mail)::int as "inAppOnly"
     from routed`;

/** Who an event would tell, counted exactly as `fanOut` would route it, without writing anything. */
export async function reachOf(em: EntityManager, audience: Audience, actorId: string | null): Promise<Reach> {
  const routed = routing(audience, actorId);
  const [reach]: Reach[] = await em.execute(`${routed.sql} ${REACH_OF_ROUTED}`, routed.params);
  return reach;
}

/** The post an audience is about: its id, bound as a value, or a column of the statement around the audience. */
export type PostRef = string | { column: string };

const postRefSql = (post: PostRef): { sql: string; params: unknown[] } => (typeof post === "string" ? { sql: "?", params: [post] } : { sql: post.column, params: [] });

/**
 * What one event on each of the posts would do (a bulk status change: one change, and one fan-out,
 * per post), summed in one statement: `routing` runs for each post on its own, exactly as `reachOf`
 * counts that post's event, so a member who follows two of the posts counts twice, as they will be
 * told twice. `audienceOf` gets the post as a column of that statement.
 */
export async function reachOfEach(em: EntityManager, postIds: readonly string[], audienceOf: (post: PostRef) => Audience, actorId: string | null): Promise<Reach> {
  if (!postIds.length) return { total: 0, emailNow: 0, emailDigest: 0, inAppOnly: 0 };
  const routed = routing(audienceOf({ column: "each_post.id" }), actorId);
  const [reach]: Reach[] = await em.execute(
    `select coalesce(sum(per_post."total"), 0)::int as "total",
            coalesce(sum(per_post."emailNow"), 0)::int as "emailNow",
            coalesce(sum(per_post."emailDigest"), 0)::int as "emailDigest",
            coalesce(sum(per_post."inAppOnly"), 0)::int as "inAppOnly"
     from unnest(array[?]::uuid[]) as each_post (id)
     cross join lateral (${routed.sql} ${REACH_OF_ROUTED}) per_post`,
    [postIds, ...routed.params],
  );
  return reach;
}

/**
 * Who followed the post at `minimumLevel` or above when the event happened: delivery runs after
 * commit, and a member who starts following in between was not there to hear of it.
 */
export function followersAt(post: PostRef, minimumLevel: "STATUS" | "ALL", occurredAt: Date, kind: NotificationKind, category: NotificationCategory, priority = 1): Audience {
  const postId = postRefSql(post);
  return {
    sql: `select member_id, ?::text as kind, ?::text as category, ?::int as priority, post_id from follow
          where post_id = ${postId.sql} and level >= ?::follow_level and created_at <= ?`,
    params: [kind, category, priority, ...postId.params, minimumLevel, occurredAt],
  };
}

/**
 * Who hears of a published entry: followers (at any level but NONE) of each linked post they can
 * see, and everyone who follows the whole changelog; once per member however many posts they follow.
 */
export function changelogAudience(entryId: string, announcedAt: Date): Audience {
  const kind = NotificationKind.CHANGELOG_PUBLISHED;
  const category = NotificationCategory.CHANGELOG;
  return union(
    {
      sql: `select f.member_id, ?::text as kind, ?::text as category, 1 as priority, f.post_id
            from changelog_entry_post link join follow f on f.post_id = link.post_id
            where link.changelog_entry_id = ? and f.level >= 'STATUS' and f.created_at <= ?`,
      params: [kind, category, entryId, announcedAt],
    },
    {
      sql: `select member_id, ?::text as kind, ?::text as category, 2 as priority, null::uuid as post_id
            from notification_settings where all_changelog_entries`,
      params: [kind, category],
    },
  );
}

export const union = (...audiences: Audience[]): Audience => ({
  sql: audiences.map((audience) => `(${audience.sql})`).join(" union all "),
  params: audiences.flatMap((audience) => audience.params),
});

/** Plain text for the bell and the mail: the start of a note or comment. */
export function excerptOf(markdown: string | null | undefined, max = 200): string | null {
  const text = markdown ? markdownToText(markdown) : null;
  if (!text) return null;
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
