import type { MikroORM } from "@mikro-orm/postgresql";
import { DEFAULT_TRUST_LEVELS } from "../../server/trust/trust.entity.js";

/**
 * Trust levels that limit nothing a test or a benchmark does quickly, and no cap on accounts per
 * address (every client there is 127.0.0.1): the product's defaults would refuse a fifth post a day.
 */
export async function loosenTrustLimits(orm: MikroORM): Promise<void> {
  const levels = DEFAULT_TRUST_LEVELS.map((level) => ({
    ...level,
    postsPerDay: 1_000,
    commentsPerDay: 10_000,
    secondsBetweenPosts: 0,
    secondsBetweenComments: 0,
    linksPerPost: 100,
    votesPerDay: 10_000,
  }));
  await orm.em.getConnection().execute(
    `insert into trust_settings (id, levels, accounts_per_ip_per_day, blocked_email_domains) values (true, ?::jsonb, 0, '[]')
     on conflict (id) do update set levels = excluded.levels, accounts_per_ip_per_day = 0`,
    [JSON.stringify(levels)],
  );
}
