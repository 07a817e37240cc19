import type { EntityManager } from "@mikro-orm/postgresql";
import { Post } from "../posts/post.entity.js";
import { COUNTED_COMMENT, DAYS_TO_SHIP, HOURS_TO_TRIAGE, oneDecimal, topPostsLinkedShare, topUnlinkedPosts } from "./report-rules.js";

export interface WeekStats {
  weekStart: Date;
  ideas: number;
  bugs: number;
  usability: number;
  votes: number;
  comments: number;
  shipped: number;
}

export interface CommunityStatsResult {
  weeks: WeekStats[];
  medianHoursToFirstTriage: number | null;
  medianDaysToShip: number | null;
  topPostsLinkedShare: number | null;
  topUnlinkedPosts: Post[];
}

export const MAX_WEEKS = 104;

/** How many of the most-voted open posts the "linked to a tracker" share looks at. */
export const TOP_POSTS = 20;

/**
 * The numbers a community manager reports, computed in PostgreSQL with one query per figure:
 * weekly activity, medians with percentile_cont.
 */
export async function communityStats(em: EntityManager, weeks: number): Promise<CommunityStatsResult> {
  // `weeks` is a range-checked Int (see the resolver), so it is safe to write into the interval literal.
  const since = `date_trunc('week', now()) - interval '${weeks - 1} weeks'`;
  // One pass over each table in the period, grouped by week (a count per week and table would read
  // the whole table once per week: seconds at a million votes); the weeks left join it, so empty
  // weeks show as zero.
  const weekly: Array<Record<string, string>> = await em.execute(
    `with week as (select generate_series(${since}, date_trunc('week', now()), interval '1 week') as start),
     posts as (select date_trunc('week', created_at) as start, count(*) filter (where kind = 'IDEA') as ideas,
                      count(*) filter (where kind = 'BUG') as bugs, count(*) filter (where kind = 'USABILITY') as usability
                 from post where created_at >= ${since} group by 1),
     votes as (select date_trunc('week', created_at) as start, count(*) as votes from vote where created_at >= ${since} group by 1),
     comments as (select date_trunc('week', c.created_at) as start, count(*) as comments from comment c
                   where c.created_at >= ${since} and ${COUNTED_COMMENT("c")} group by 1),
     shipped as (select date_trunc('week', shipped_at) as start, count(*) as shipped from post where shipped_at >= ${since} group by 1)
     select week.start as week_start, coalesce(posts.ideas, 0) as ideas, coalesce(posts.bugs, 0) as bugs, coalesce(posts.usability, 0) as usability,
            coalesce(votes.votes, 0) as votes, coalesce(comments.comments, 0) as comments, coalesce(shipped.shipped, 0) as shipped
       from week left join posts using (start) left join votes using (start) left join comments using (start) left join shipped using (start)
      order by week.start`,
  );
  const [timings]: Array<{ triage_hours: string | null; ship_days: string | null }> = await em.execute(
    `select percentile_cont(0.5) within group (order by ${HOURS_TO_TRIAGE}) filter (where p.first_triaged_at is not null) as triage_hours,
            percentile_cont(0.5) within group (order by ${DAYS_TO_SHIP}) filter (where p.shipped_at is not null) as ship_days
       from post p where p.created_at >= ${since}`,
  );
  return {
    weeks: weekly.map((row) => ({
      weekStart: new Date(row.week_start),
      ideas: Number(row.ideas),
      bugs: Number(row.bugs),
      usability: Number(row.usability),
      votes: Number(row.votes),
      comments: Number(row.comments),
      shipped: Number(row.shipped),
    })),
    medianHoursToFirstTriage: oneDecimal(timings.triage_hours),
    medianDaysToShip: oneDecimal(timings.ship_days),
    topPostsLinkedShare: await topPostsLinkedShare(em, TOP_POSTS),
    topUnlinkedPosts: await topUnlinkedPosts(em),
  };
}
