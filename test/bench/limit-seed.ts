/**
 * Set-based seeding for the limit benchmark: each table filled by `INSERT … SELECT` over
 * generate_series inside PostgreSQL (no rows travel through Node), in chunks so a progress line shows
 * how far it got. Text is drawn from the same Zipf-ish vocabulary as seed.ts.
 */
import type { MikroORM } from "@mikro-orm/postgresql";
import { insertMembers, seedCommunity } from "./seed.js";

export interface Scale {
  members: number;
  posts: number;
  votes: number;
  comments: number;
}

export const SCALES: Record<"default" | "large", Scale> = {
  default: { members: 1_000, posts: 10_000, votes: 100_000, comments: 20_000 },
  large: { members: 10_000, posts: 100_000, votes: 1_000_000, comments: 200_000 },
};

/** The post page scenario's post: exactly this many public comments. */
export const PAGE_COMMENTS = 50;
const CHUNKS = 10;

/** A PostgreSQL array literal (the ORM's execute() would spread a JS array into a list of parameters). */
const arrayLiteral = (items: string[]) => `{${items.map((item) => `"${item}"`).join(",")}}`;

export interface LimitData {
  viewerId: string;
  staffId: string;
  voterIds: string[];
  pagePostId: string;
  vocabulary: string[];
  counts: Record<string, number>;
}

export async function seedLimitData(orm: MikroORM, scale: Scale, progress: (message: string) => void, voters: number): Promise<LimitData> {
  const connection = orm.em.getConnection();
  const run = (sql: string, params: unknown[] = []) => connection.execute(sql, params);
  const { boardIds, tagIds, vocabulary } = await seedCommunity(orm, { seed: 20261202, authors: 0, boards: 5, tags: 20 });
  const [viewerId] = await insertMembers(orm, 1, "viewer");
  const [staffId] = await insertMembers(orm, 1, "staff");
  await run(`update member set role = 'ADMIN' where id = ?`, [staffId]);

  const chunked = async (label: string, total: number, insert: (from: number, to: number) => Promise<unknown>) => {
    const size = Math.ceil(total / CHUNKS);
    for (let from = 1; from <= total; from += size) {
      await insert(from, Math.min(total, from + size - 1));
      progress(`${label}: ${Math.min(total, from + size - 1).toLocaleString("en")} / ${total.toLocaleString("en")}`);
    }
  };
  // A random Zipf-ish phrase of `min`…`min + spread` words; `seed` ties the subquery to the outer row so it runs per row.
  const phrase = (min: number, spread: number, seed: string) =>
    `(select string_agg(words[1 + floor(power(random(), 3) * ${vocabulary.length})::int + w - w], ' ')
        from generate_series(1, ${min} + (${seed} * 31 + floor(random() * 1000)::int) % ${spread + 1}) w)`;

  await chunked("members", scale.members, (from, to) =>
    run(
      `insert into member (id, email, display_name, password_hash, role)
       select gen_random_uuid(), 'member-' || i || '@bench.invalid', 'Member ' || i, 'not-a-password-hash', 'MEMBER' from generate_series(?::int, ?::int) i`,
      [from, to],
    ),
  );
  await run(`create unlogged table bench_member as select row_number() over (order by email)::int as n, id from member where email like 'member-%'`);
  await run(`create unique index on bench_member (n)`);

  await chunked("posts", scale.posts, (from, to) =>
    run(
      `insert into post (id, board_id, author_id, kind, title, body, bug_severity, usability_goal, status, created_at, updated_at, first_triaged_at, shipped_at)
       select gen_random_uuid(), boards[1 + i % cardinality(boards)], m.id, r.kind, left(${phrase(4, 5, "i")}, 160), ${phrase(15, 45, "i")},
              case when r.kind = 'BUG' then 'MEDIUM'::bug_severity end, case when r.kind = 'USABILITY' then 'goal' end,
              r.status, r.created_at, r.created_at,
              case when r.status <> 'OPEN' then r.created_at + interval '1 hour' * (1 + i % 200) end,
              case when r.status = 'SHIPPED' then r.created_at + interval '1 day' * (1 + i % 60) end
         from generate_series(?::int, ?::int) i
         cross join lateral (select ?::text[] as words, ?::uuid[] as boards) v
         join bench_member m on m.n = 1 + (i * 7919) % ${scale.members}
         cross join lateral (select (case when i % 10 < 7 then 'IDEA' when i % 10 < 9 then 'BUG' else 'USABILITY' end)::post_kind as kind,
                                    case when i % 100 < 60 then 'OPEN' when i % 100 < 75 then 'UNDER_REVIEW' when i % 100 < 85 then 'PLANNED'
                                         when i % 100 < 90 then 'IN_PROGRESS' when i % 100 < 97 then 'SHIPPED' else 'DECLINED' end as status,
                                    now() - interval '1 second' * floor(random() * 365 * 86400) as created_at) r`,
      [from, to, arrayLiteral(vocabulary), arrayLiteral(boardIds)],
    ),
  );
  await run(`create unlogged table bench_post as select row_number() over (order by created_at, id)::int as n, id, author_id, created_at, status from post`);
  await run(`create unique index on bench_post (n)`);
  const [{ page_post: pagePostId }] = await run(`select id as page_post from bench_post where n = ?`, [Math.floor(scale.posts / 2)]);

  await run(
    `insert into post_tag (post_id, tag_id) select p.id, (?::uuid[])[1 + (p.n + j) % ${tagIds.length}] from bench_post p, generate_series(1, p.n % 4) j`,
    [arrayLiteral(tagIds)],
  );
  // Heavy-tailed votes per post (mean scale.votes / scale.posts) from distinct members; the viewer votes on every fifth post.
  const mean = scale.votes / scale.posts;
  await chunked("votes", scale.posts, (from, to) =>
    run(
      `insert into vote (id, post_id, member_id, created_at)
       select gen_random_uuid(), p.id, m.id, p.created_at + (now() - p.created_at) * random()
         from bench_post p
         cross join lateral (select least(${scale.members}, floor(${4 * mean} * power(random(), 3) + 0.5 + p.n * 0))::int as k) k
         cross join lateral generate_series(1, k.k) j
         join bench_member m on m.n = 1 + (p.n * 7919 + j) % ${scale.members}
        where p.n between ? and ?`,
      [from, to],
    ),
  );
  await run(`insert into vote (id, post_id, member_id, created_at) select gen_random_uuid(), id, ?, now() - interval '1 day' from bench_post where n % 5 = 0`, [viewerId]);
  progress("vote counts …");
  await run(`update post set vote_count = v.total from (select post_id, count(*)::int as total from vote group by post_id) v where v.post_id = post.id`);
  progress("trending scores …");
  await run(`select refresh_post_trending_scores()`);

  await run(
    `insert into comment (id, post_id, author_id, body, created_at)
     select gen_random_uuid(), ?, m.id, ${phrase(5, 25, "i")}, now() - interval '1 minute' * i
       from generate_series(1, ${PAGE_COMMENTS}) i cross join lateral (select ?::text[] as words) v join bench_member m on m.n = 1 + i * 13 % ${scale.members}`,
    [pagePostId, arrayLiteral(vocabulary)],
  );
  await chunked("comments", scale.comments - PAGE_COMMENTS, (from, to) =>
    run(
      `insert into comment (id, post_id, author_id, body, created_at)
       select gen_random_uuid(), p.id, m.id, ${phrase(5, 25, "i")}, p.created_at + (now() - p.created_at) * random()
         from generate_series(?::int, ?::int) i
         cross join lateral (select ?::text[] as words) v
         cross join lateral (select 1 + floor(${scale.posts} * power(random(), 2))::int % ${scale.posts} + i * 0 as n) pick
         join bench_post p on p.n = pick.n
         join bench_member m on m.n = 1 + i * 13 % ${scale.members}
        where p.id <> ?`,
      [from, to, arrayLiteral(vocabulary), pagePostId],
    ),
  );
  progress("comment counts and timelines …");
  await run(`update post set comment_count = c.total from (select post_id, count(*)::int as total from comment group by post_id) c where c.post_id = post.id`);
  await run(`insert into post_event (id, post_id, actor_id, type, created_at) select gen_random_uuid(), id, author_id, 'CREATED', created_at from bench_post`);
  await run(
    `insert into post_event (id, post_id, actor_id, type, from_status, to_status, created_at)
     select gen_random_uuid(), id, ?, 'STATUS_CHANGED', 'OPEN', status, created_at + interval '1 hour' from bench_post where status <> 'OPEN'`,
    [staffId],
  );
  await run(`drop table bench_member, bench_post`);
  const voterIds = await insertMembers(orm, voters, "voter");
  progress("vacuum analyze …");
  await run(`vacuum analyze`);
  const [counts] = await run(
    `select (select count(*) from member)::int as members, (select count(*) from post)::int as posts,
            (select count(*) from vote)::int as votes, (select count(*) from comment)::int as comments, (select count(*) from post_event)::int as events`,
  );
  return { viewerId, staffId, voterIds, pagePostId, vocabulary, counts };
}
