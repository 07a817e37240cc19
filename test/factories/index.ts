import { hash } from "@node-rs/argon2";
import { randomUUID } from "node:crypto";
import { startSession } from "../../server/members/auth.service.js";
import { Member } from "../../server/members/member.entity.js";
import { Role } from "../../server/members/role.js";
import { BugDetails, Post, UsabilityDetails } from "../../server/posts/post.entity.js";
import { Comment } from "../../server/comments/comment.entity.js";
import { BugSeverity, PostKind } from "../../server/posts/post-enums.js";
import { Board } from "../../server/boards/board.entity.js";
import { Tag } from "../../server/boards/tag.entity.js";
import { ChangelogCategory, ChangelogEntry, ChangelogEntryState } from "../../server/changelog/changelog.entity.js";
import type { GraphQLClient } from "../support/graphql-client.js";
import type { TestApp } from "../support/test-app.js";

export const FACTORY_PASSWORD = "correct horse battery";
const passwordHash = hash(FACTORY_PASSWORD);

export interface SignedInMember {
  member: Member;
  client: GraphQLClient;
}

/**
 * A member row plus a client already signed in as them (a real session, as after logIn). Like a member
 * who signed up, they have accepted the netiquette in force, if there is one.
 */
export async function buildMember(app: TestApp, overrides: Partial<Pick<Member, "email" | "displayName" | "role" | "trustLevel">> = {}): Promise<SignedInMember> {
  const em = app.orm.em.fork();
  const suffix = randomUUID().slice(0, 8);
  const member = em.create(Member, {
    email: overrides.email ?? `member-${suffix}@example.com`,
    displayName: overrides.displayName ?? `Member ${suffix}`,
    role: overrides.role ?? Role.MEMBER,
    trustLevel: overrides.trustLevel ?? 0,
    passwordHash: await passwordHash,
  });
  await em.flush();
  await em.execute(`insert into netiquette_acceptance (member_id, version_id) select ?, id from netiquette_version order by version desc limit 1`, [member.id]);
  const session = await startSession(em, app.config, member);
  const client = app.client();
  client.setSessionCookie(session.token);
  return { member, client };
}

export async function buildBoard(app: TestApp, overrides: Partial<Pick<Board, "name" | "slug" | "archivedAt">> = {}): Promise<Board> {
  const em = app.orm.em.fork();
  const suffix = randomUUID().slice(0, 8);
  const board = em.create(Board, { name: overrides.name ?? `Board ${suffix}`, slug: overrides.slug ?? `board-${suffix}`, archivedAt: overrides.archivedAt ?? null });
  await em.flush();
  return board;
}

export async function buildTag(app: TestApp, name = `tag-${randomUUID().slice(0, 8)}`): Promise<Tag> {
  const em = app.orm.em.fork();
  const tag = em.create(Tag, { name });
  await em.flush();
  return tag;
}

/** A post written straight to the database (no rate limit, no HTTP), with the kind's details filled in. */
export async function buildPost(
  app: TestApp,
  options: { author: Member; board?: Board; kind?: PostKind; title?: string; body?: string; createdAt?: Date },
): Promise<Post> {
  const em = app.orm.em.fork();
  const kind = options.kind ?? PostKind.IDEA;
  const board = options.board ?? (await buildBoard(app));
  const post = em.create(Post, {
    author: em.getReference(Member, options.author.id),
    board: em.getReference(Board, board.id),
    kind,
    title: options.title ?? `Post ${randomUUID().slice(0, 8)}`,
    body: options.body ?? "",
    createdAt: options.createdAt ?? new Date(),
    bug: kind === PostKind.BUG
      ? Object.assign(new BugDetails(), { stepsToReproduce: "1. open", expected: "works", actual: "breaks", environment: "", severity: BugSeverity.MEDIUM })
      : null,
    usability: kind === PostKind.USABILITY
      ? Object.assign(new UsabilityDetails(), { location: "/settings", goal: "change email", obstacle: "field is read-only" })
      : null,
  });
  await em.flush();
  return post;
}

/** A public comment written straight to the database (the post's comment count moves with it, as `addComment` does). */
export async function buildComment(app: TestApp, options: { post: Post; author: Member; body?: string }): Promise<Comment> {
  const em = app.orm.em.fork();
  const comment = em.create(Comment, { post: em.getReference(Post, options.post.id), author: em.getReference(Member, options.author.id), body: options.body ?? `Comment ${randomUUID().slice(0, 8)}` });
  await em.flush();
  await em.execute(`update post set comment_count = comment_count + 1 where id = ?`, [options.post.id]);
  return comment;
}

/**
 * A changelog entry in the first category (or the one named), written straight to the database: PUBLISHED now unless
 * `state` says otherwise. Publishing through the API (which ships the linked posts) is the tests' own.
 */
export async function buildChangelogEntry(
  app: TestApp,
  options: { title?: string; body?: string; category?: string; posts?: Post[]; state?: ChangelogEntryState; coverImageUrl?: string; publishedAt?: Date } = {},
): Promise<ChangelogEntry> {
  const em = app.orm.em.fork();
  const [category] = await em.find(ChangelogCategory, options.category ? { name: options.category } : {}, { orderBy: { position: "asc" }, limit: 1 });
  const state = options.state ?? ChangelogEntryState.PUBLISHED;
  const entry = em.create(ChangelogEntry, {
    title: options.title ?? `Entry ${randomUUID().slice(0, 8)}`,
    body: options.body ?? "",
    category,
    state,
    coverImageUrl: options.coverImageUrl ?? null,
    publishedAt: state === ChangelogEntryState.PUBLISHED ? (options.publishedAt ?? new Date()) : null,
  });
  entry.posts.set((options.posts ?? []).map((post) => em.getReference(Post, post.id)));
  await em.flush();
  return entry;
}

/**
 * A post held for approval since `since`, as a submission under a hold policy leaves it: with its
 * "posted" timeline event, which approving announces.
 */
export async function buildHeldPost(app: TestApp, options: Parameters<typeof buildPost>[1] & { since?: Date }): Promise<Post> {
  const post = await buildPost(app, options);
  const em = app.orm.em.fork();
  await em.execute(`update post set moderation_state = 'HELD', moderated_at = ? where id = ?`, [options.since ?? new Date(), post.id]);
  await em.execute(`insert into post_event (id, post_id, type, actor_id, to_status) values (gen_random_uuid(), ?, 'CREATED', ?, 'OPEN')`, [post.id, options.author.id]);
  return post;
}
