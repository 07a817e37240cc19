import { Migration } from "@mikro-orm/migrations";

/**
 * TRENDING reads a stored score through an index instead of counting every post's recent votes per
 * request. PostgreSQL owns the formula: (1 + votes of the last 14 days) × a weight that decays with
 * the post's age in days, 1 / (age + 2)^1.2. An insert gets its weight (no votes yet), a vote adds its
 * weight (votes/vote.service.ts), and `refresh_post_trending_scores()` recomputes what votes ageing
 * out and decay have moved, from a job every few minutes (posts/trending.ts), and for the two posts
 * of a merge at once.
 *
 * A change of the score alone is not news for live updates: the post trigger now skips an update that
 * moved only the score, and sends the id without serialising the whole row.
 */
export class Migration20261203064154 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "post" add column "trending_score" double precision not null default 0;`);
    this.addSql(`create or replace function post_trending_weight(created_at timestamptz) returns double precision language sql stable as $$
      select (1 / power(greatest(extract(epoch from (now() - created_at)), 0) / 86400 + 2, 1.2))::double precision $$;`);
    this.addSql(`create or replace function post_initial_trending_score() returns trigger language plpgsql as $$
      begin
        new.trending_score := post_trending_weight(new.created_at);
        return new;
      end $$;`);
    this.addSql(`create trigger post_trending_on_insert before insert on "post" for each row execute function post_initial_trending_score();`);
    this.addSql(`create or replace function refresh_post_trending_scores(only_posts uuid[] default null) returns integer language sql as $$
      with scored as (
        select p.id, (1 + coalesce(recent.votes, 0)) * post_trending_weight(p.created_at) as score
          from post p
          left join (select post_id, count(*) as votes from vote where created_at > now() - interval '14 days' group by post_id) recent on recent.post_id = p.id
         where only_posts is null or p.id = any(only_posts)
      ), changed as (
        -- Within 0.1% is left alone, so old posts are not rewritten every run for a decay nobody can see.
        update post set trending_score = scored.score from scored
         where post.id = scored.id and abs(post.trending_score - scored.score) > scored.score * 0.001
        returning 1)
      select count(*)::int from changed $$;`);
    this.addSql(`select refresh_post_trending_scores();`);
    this.addSql(`create index "post_board_trending" on "post" ("board_id", "trending_score" desc, "id") where "status" <> 'DUPLICATE';`);
    this.addSql(`create index "post_trending" on "post" ("trending_score" desc, "id") where "status" <> 'DUPLICATE';`);
    this.addSql(`create or replace function notify_post_row_changed() returns trigger language plpgsql as $$
      begin
        perform pg_notify('post_changed', new.id::text);
        return null;
      end $$;`);
    this.addSql(`drop trigger if exists post_changed_notify on "post";`);
    this.addSql(`create trigger post_changed_notify after update on "post" for each row
      when (old.trending_score = new.trending_score or old.vote_count <> new.vote_count)
      execute function notify_post_row_changed();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists post_changed_notify on "post";`);
    this.addSql(`create trigger post_changed_notify after update on "post" for each row execute function notify_post_changed('id');`);
    this.addSql(`drop function if exists notify_post_row_changed();`);
    this.addSql(`drop index "post_board_trending";`);
    this.addSql(`drop index "post_trending";`);
    this.addSql(`drop trigger if exists post_trending_on_insert on "post";`);
    this.addSql(`drop function if exists post_initial_trending_score();`);
    this.addSql(`drop function if exists refresh_post_trending_scores(uuid[]);`);
    this.addSql(`alter table "post" drop column "trending_score";`);
    this.addSql(`drop function if exists post_trending_weight(timestamptz);`);
  }
}
