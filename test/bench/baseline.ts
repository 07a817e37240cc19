/**
 * The practical limit for `npm run bench`: node:http + `pg`, each scenario answered with the JSON
 * Roundtrip returns for it, built by ONE hand-written SQL statement (PostgreSQL renders the JSON).
 * The viewer comes from the same session cookie, looked up inside that statement. Runs in its own
 * process (`LISTENING <url>` on stdout) on DATABASE_URL, the same database as the server.
 */
import { createHash } from "node:crypto";
import { createServer } from "node:http";
import pg from "pg";
import { SESSION_COOKIE } from "../../server/members/auth.service.js";

const VIEWER = `viewer as (select member_id from session where token_hash = $1 and revoked_at is null and expires_at > now())`;
const VISIBLE = `p.status <> 'DUPLICATE'`;
const ORDER: Record<string, string> = {
  TOP: "p.vote_count desc, p.created_at desc, p.id",
  NEW: "p.created_at desc, p.id",
  // The stored score and its index, as Roundtrip reads them.
  TRENDING: "p.trending_score desc, p.id",
};
const MEMBER = (alias: string) => `json_build_object('id', ${alias}.id, 'displayName', ${alias}.display_name)`;

const board = (sort: string) => `
  with ${VIEWER},
  page as (select p.id, p.title, p.kind, p.status, p.vote_count, p.comment_count, p.created_at, p.author_id, p.board_id,
                  row_number() over (order by ${ORDER[sort]}) as position
             from post p where ${VISIBLE} order by ${ORDER[sort]} limit $2)
  select json_build_object('data', json_build_object('posts', json_build_object(
    'totalCount', (select count(*) from post p where ${VISIBLE}),
    'nodes', coalesce(json_agg(json_build_object(
      'id', page.id, 'title', page.title, 'kind', page.kind, 'status', page.status, 'voteCount', page.vote_count,
      'commentCount', page.comment_count, 'createdAt', page.created_at,
      'author', ${MEMBER("m")}, 'board', json_build_object('id', b.id, 'name', b.name),
      'tags', coalesce((select json_agg(json_build_object('id', t.id, 'name', t.name, 'color', t.color) order by t.name)
                          from post_tag pt join tag t on t.id = pt.tag_id where pt.post_id = page.id), '[]'),
      'viewerHasVoted', exists (select 1 from vote v where v.post_id = page.id and v.member_id = (select member_id from viewer))
    ) order by page.position), '[]')))) as body
  from page join member m on m.id = page.author_id join board b on b.id = page.board_id`;

const POST_PAGE = `
  with ${VIEWER}
  select json_build_object('data', json_build_object('post', json_build_object(
    'id', p.id, 'title', p.title, 'body', p.body, 'status', p.status, 'voteCount', p.vote_count, 'createdAt', p.created_at,
    'author', (select ${MEMBER("m")} from member m where m.id = p.author_id),
    'viewerHasVoted', exists (select 1 from vote v where v.post_id = p.id and v.member_id = (select member_id from viewer)),
    'comments', coalesce((select json_agg(json_build_object('id', c.id, 'body', c.body, 'parentId', c.parent_id, 'createdAt', c.created_at,
                                                            'author', ${MEMBER("m")}) order by c.created_at, c.id)
                            from comment c join member m on m.id = c.author_id
                           where c.post_id = p.id and c.visibility = 'PUBLIC'), '[]'),
    'timeline', coalesce((select json_agg(json_build_object('id', e.id, 'type', e.type, 'toStatus', e.to_status, 'createdAt', e.created_at,
                                                            'actor', case when a.id is null then null else ${MEMBER("a")} end) order by e.created_at, e.id)
                            from post_event e left join member a on a.id = e.actor_id where e.post_id = p.id), '[]')
  ))) as body
  from post p where p.id = $2`;

const SEARCH_WHERE = `${VISIBLE} and p.search @@ websearch_to_tsquery('english', $2)`;
const SEARCH = `
  with ${VIEWER}
  select json_build_object('data', json_build_object('posts', json_build_object(
    'totalCount', (select count(*) from post p where ${SEARCH_WHERE}),
    'nodes', coalesce((select json_agg(json_build_object('id', s.id, 'title', s.title, 'voteCount', s.vote_count) order by s.position)
                         from (select p.id, p.title, p.vote_count, row_number() over (order by ${ORDER.TOP}) as position
                                 from post p where ${SEARCH_WHERE} order by ${ORDER.TOP} limit 20) s), '[]')))) as body`;

/** findSimilarPosts' statement (server/posts/post.service.ts), title only; the threshold is set per connection. */
const SIMILAR = `
  with ${VIEWER},
  words as (select coalesce(array_agg(distinct w), '{}') as list from regexp_split_to_table(lower($2), '[^[:alnum:]]+') w where length(w) >= 3),
  query as (select nullif(array_to_string(list, ' | '), '') as any_word, to_jsonb(list) as list from words),
  candidate as (
    select p.id, p.title, p.vote_count, $2 <% p.title as looks_alike,
           word_similarity($2, p.title) + coalesce(ts_rank(p.search, to_tsquery('english', query.any_word)), 0) as score,
           (select count(*) from jsonb_array_elements_text(query.list) as word(text) where p.search @@ plainto_tsquery('english', word.text)) as shared_words
      from post p, query
     where p.merged_into_id is null and ($2 <% p.title or p.search @@ to_tsquery('english', query.any_word)))
  select json_build_object('data', json_build_object('similarPosts', coalesce((
    select json_agg(json_build_object('id', s.id, 'title', s.title, 'voteCount', s.vote_count) order by s.score desc, s.vote_count desc)
      from (select * from candidate where looks_alike or shared_words >= 2 order by score desc, vote_count desc limit 5) s), '[]'))) as body`;

/** community-stats.service.ts' four statements as one, for the last 12 weeks. */
const SINCE = `date_trunc('week', now()) - interval '11 weeks'`;
const UNDER_WAY = `status in (select key from post_status where category in ('OPEN', 'ACTIVE')) and status <> 'DUPLICATE'`;
const STATS = `
  with ${VIEWER},
  week as (select generate_series(${SINCE}, date_trunc('week', now()), interval '1 week') as start),
  posts as (select date_trunc('week', created_at) as start, count(*) filter (where kind = 'IDEA') as ideas,
                   count(*) filter (where kind = 'BUG') as bugs, count(*) filter (where kind = 'USABILITY') as usability
              from post where created_at >= ${SINCE} group by 1),
  votes as (select date_trunc('week', created_at) as start, count(*) as votes from vote where created_at >= ${SINCE} group by 1),
  comments as (select date_trunc('week', created_at) as start, count(*) as comments from comment
                where created_at >= ${SINCE} and visibility = 'PUBLIC' and deleted_at is null group by 1),
  shipped as (select date_trunc('week', shipped_at) as start, count(*) as shipped from post where shipped_at >= ${SINCE} group by 1)
  select json_build_object('data', json_build_object('communityStats', json_build_object(
    'weeks', (select json_agg(json_build_object('weekStart', week.start, 'ideas', coalesce(posts.ideas, 0), 'bugs', coalesce(posts.bugs, 0),
                'usability', coalesce(posts.usability, 0), 'votes', coalesce(votes.votes, 0), 'comments', coalesce(comments.comments, 0),
                'shipped', coalesce(shipped.shipped, 0)) order by week.start)
                from week left join posts using (start) left join votes using (start) left join comments using (start) left join shipped using (start)),
    'medianHoursToFirstTriage', (select round((percentile_cont(0.5) within group (order by extract(epoch from first_triaged_at - created_at) / 3600)
                                   filter (where first_triaged_at is not null))::numeric, 1) from post where created_at >= ${SINCE}),
    'medianDaysToShip', (select round((percentile_cont(0.5) within group (order by extract(epoch from shipped_at - created_at) / 86400)
                                   filter (where shipped_at is not null))::numeric, 1) from post where created_at >= ${SINCE}),
    'topPostsLinkedShare', (select case when count(*) > 0 then (count(*) filter (where exists (select 1 from tracker_link l where l.post_id = top.id)))::float / count(*) end
                              from (select id from post where ${UNDER_WAY} order by vote_count desc, created_at desc limit 20) top),
    'topUnlinkedPosts', coalesce((select json_agg(json_build_object('id', u.id, 'title', u.title, 'voteCount', u.vote_count) order by u.vote_count desc, u.created_at desc)
                                    from (select id, title, vote_count, created_at from post p where ${UNDER_WAY}
                                            and not exists (select 1 from tracker_link l where l.post_id = p.id)
                                          order by vote_count desc, created_at desc limit 10) u), '[]')))) as body`;

/** The same vote in one statement: insert (a repeated vote is a no-op) and bump the counter. */
const VOTE = `
  with ${VIEWER},
  cast_vote as (insert into vote (id, post_id, member_id) select gen_random_uuid(), $2, member_id from viewer on conflict do nothing returning post_id),
  counted as (update post set vote_count = vote_count + 1 where id in (select post_id from cast_vote) returning id, vote_count)
  select json_build_object('data', json_build_object('vote', (select json_build_object('id', id, 'voteCount', vote_count) from counted))) as body`;

const ROUTES: Record<string, (input: Record<string, string>) => [sql: string, params: unknown[]]> = {
  "/board": (input) => [board(input.sort), [input.first]],
  "/post": (input) => [POST_PAGE, [input.id]],
  "/search": (input) => [SEARCH, [input.search]],
  "/similar": (input) => [SIMILAR, [input.title]],
  "/stats": () => [STATS, []],
  "/vote": (input) => [VOTE, [input.postId]],
};
const sessionHash = (cookie: string | undefined) => {
  const token = cookie?.match(new RegExp(`(?:^|; )${SESSION_COOKIE}=([^;]+)`))?.[1];
  return token ? createHash("sha256").update(token).digest("hex") : null;
};

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 20, options: "-c pg_trgm.word_similarity_threshold=0.4" });
const server = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on("data", (chunk: Buffer) => chunks.push(chunk));
  request.on("end", async () => {
    try {
      const route = ROUTES[new URL(request.url!, "http://baseline").pathname];
      if (!route) throw new Error(`no route ${request.url}`);
      const [sql, params] = route(chunks.length ? JSON.parse(Buffer.concat(chunks).toString()) : {});
      const { rows } = await pool.query(sql, [sessionHash(request.headers.cookie), ...params]);
      response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(rows[0].body));
    } catch (error) {
      response.writeHead(500, { "content-type": "text/plain" }).end(String(error));
    }
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => {
  const address = server.address() as { port: number };
  console.log(`LISTENING http://127.0.0.1:${address.port}`);
});
process.once("SIGTERM", () => server.close(() => void pool.end().finally(() => process.exit(0))));
