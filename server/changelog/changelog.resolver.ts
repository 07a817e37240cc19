import { ArrayMaxSize, ArrayUnique, IsOptional } from "class-validator";
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../graphql/context.js";
import { Allowed, Capability } from "../graphql/authorization.js";
import { PageInfo, decodeCursor, pageInfo } from "../graphql/pagination.js";
import { Member } from "../members/member.entity.js";
import { allows } from "../members/permission.js";
import { ViewerCapabilities } from "../members/viewer-capabilities.js";
import { Post } from "../posts/post.entity.js";
import { PAGE_MAX } from "../posts/post.inputs.js";
import { visiblePosts } from "../posts/post.policy.js";
import { LIMITS } from "../shared/input-rules.js";
import { notFound } from "../shared/errors.js";
import { renderMarkdown } from "../shared/markdown.js";
import { CharacterCount, InRange } from "../shared/validation.js";
import { PostEvent } from "../timeline/post-event.entity.js";
import { ChangelogCategory, ChangelogEntry, ChangelogEntryState } from "./changelog.entity.js";
import { CHANGELOG_POLICY } from "./changelog.policy.js";
import {
  cancelSchedule,
  createCategory,
  createEntry,
  findEntryOrThrow,
  listCategories,
  listPublished,
  listUnpublished,
  publishEntry,
  readSettings,
  scheduleEntry,
  unpublishEntry,
  updateCategory,
  updateEntry,
  updateSettings,
} from "./changelog.service.js";

const POSTS_PER_ENTRY = 50;

@InputType()
class ChangelogEntryInput {
  @Field(() => String)
  @CharacterCount(LIMITS.changelogTitle)
  title!: string;

  @Field(() => String, { defaultValue: "" })
  @CharacterCount(LIMITS.changelogBody)
  body!: string;

  @Field(() => ID)
  categoryId!: string;

  @Field(() => [ID], { defaultValue: [], description: "The posts this entry answers." })
  @ArrayUnique()
  @ArrayMaxSize(POSTS_PER_ENTRY)
  postIds!: string[];

  @Field(() => String, { nullable: true, description: "An http(s) image URL." })
  @IsOptional()
  @CharacterCount(LIMITS.url)
  coverImageUrl?: string | null;
}

@InputType({ description: "Only the fields given change; an empty coverImageUrl removes the cover." })
class UpdateChangelogEntryInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @CharacterCount(LIMITS.changelogTitle)
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @CharacterCount(LIMITS.changelogBody)
  body?: string | null;

  @Field(() => ID, { nullable: true })
  categoryId?: string | null;

  @Field(() => [ID], { nullable: true, description: "Replaces the linked posts." })
  @IsOptional()
  @ArrayUnique()
  @ArrayMaxSize(POSTS_PER_ENTRY)
  postIds?: string[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @CharacterCount({ max: LIMITS.url.max })
  coverImageUrl?: string | null;
}

@InputType()
class NewChangelogCategoryInput {
  @Field(() => String)
  @CharacterCount(LIMITS.changelogCategoryName)
  name!: string;
}

@InputType({ description: "Only the fields given change." })
class ChangelogCategoryInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @CharacterCount(LIMITS.changelogCategoryName)
  name?: string | null;

  @Field(() => Boolean, { nullable: true })
  archived?: boolean | null;
}

@InputType()
class ChangelogSettingsInput {
  @Field(() => Boolean, { nullable: true })
  shippingWaitsForChangelog?: boolean | null;
}

@ObjectType({ description: "How the changelog works in this workspace." })
class ChangelogSettingsView {
  @Field(() => Boolean, { description: "On: done work waits as 'Done internally — shipping soon' until a published entry links it." })
  shippingWaitsForChangelog!: boolean;
}

@ArgsType()
class ChangelogArgs {
  @Field(() => Int, { defaultValue: 20 })
  @InRange(1, PAGE_MAX)
  first!: number;

  @Field(() => String, { nullable: true })
  after?: string | null;

  @Field(() => ID, { nullable: true })
  categoryId?: string | null;

  @Field(() => ID, { nullable: true, description: "Entries linking a post of this board." })
  boardId?: string | null;
}

@ArgsType()
class PreviewMarkdownArgs {
  @Field(() => String, { description: "Markdown of at most an entry body's length." })
  @CharacterCount(LIMITS.changelogBody)
  body!: string;
}

@ObjectType()
class ChangelogConnection {
  @Field(() => [ChangelogEntry])
  nodes!: ChangelogEntry[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}

const mayWrite = (ctx: Context) => allows(CHANGELOG_POLICY.write, ctx.viewer);

@Resolver(() => ChangelogEntry)
export class ChangelogResolver {
  /** Anyone: published entries, newest first. */
  @Query(() => ChangelogConnection)
  async changelog(@Args(() => ChangelogArgs) args: ChangelogArgs, @Ctx() ctx: Context): Promise<ChangelogConnection> {
    const offset = decodeCursor(args.after);
    const page = await listPublished(ctx.em, args, offset, args.first);
    return { nodes: page.entries, totalCount: page.totalCount, pageInfo: pageInfo(offset, page.entries.length, page.totalCount) };
  }

  /** Anyone for a published entry; drafts and scheduled ones only for their writers (NOT_FOUND for others). */
  @Query(() => ChangelogEntry)
  async changelogEntry(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<ChangelogEntry> {
    const entry = await findEntryOrThrow(ctx.em, id);
    if (entry.state !== ChangelogEntryState.PUBLISHED && !mayWrite(ctx)) throw notFound("Changelog entry");
    return entry;
  }

  @Allowed(CHANGELOG_POLICY.write)
  @Query(() => [ChangelogEntry], { description: "Drafts and scheduled entries, most recently changed first." })
  changelogDrafts(@Ctx() ctx: Context): Promise<ChangelogEntry[]> {
    return listUnpublished(ctx.em);
  }

  /** Anyone. */
  @Query(() => [ChangelogCategory])
  changelogCategories(@Arg("includeArchived", () => Boolean, { defaultValue: false }) includeArchived: boolean, @Ctx() ctx: Context): Promise<ChangelogCategory[]> {
    return listCategories(ctx.em, includeArchived);
  }

  @Allowed(CHANGELOG_POLICY.configure)
  @Query(() => ChangelogSettingsView)
  changelogSettings(@Ctx() ctx: Context): Promise<ChangelogSettingsView> {
    return readSettings(ctx.em);
  }

  @Allowed(CHANGELOG_POLICY.write)
  @Query(() => String, { description: "Markdown as the server renders it for every reader: the editor's live preview." })
  previewMarkdown(@Args(() => PreviewMarkdownArgs) { body }: PreviewMarkdownArgs): string {
    return renderMarkdown(body);
  }

  @Allowed(CHANGELOG_POLICY.write)
  @Mutation(() => ChangelogEntry, { description: "A new DRAFT." })
  createChangelogEntry(@Arg("input", () => ChangelogEntryInput) input: ChangelogEntryInput, @Ctx() ctx: Context): Promise<ChangelogEntry> {
    return createEntry(ctx.em, ctx.viewer!, input);
  }

  @Allowed(CHANGELOG_POLICY.write)
  @Mutation(() => ChangelogEntry)
  updateChangelogEntry(@Arg("id", () => ID) id: string, @Arg("input", () => UpdateChangelogEntryInput) input: UpdateChangelogEntryInput, @Ctx() ctx: Context): Promise<ChangelogEntry> {
    return updateEntry(ctx.em, ctx.viewer!, id, input);
  }

  @Allowed(CHANGELOG_POLICY.write)
  @Mutation(() => ChangelogEntry, { description: "Publishes now; ships the linked posts that are done internally and announces the entry the first time." })
  publishChangelogEntry(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<ChangelogEntry> {
    return publishEntry(ctx.em, ctx.queue, ctx.viewer!, id);
  }

  @Allowed(CHANGELOG_POLICY.write)
  @Mutation(() => ChangelogEntry, { description: "Publishes at `at` (in the future); scheduling again moves the moment." })
  scheduleChangelogEntry(@Arg("id", () => ID) id: string, @Arg("at", () => Date) at: Date, @Ctx() ctx: Context): Promise<ChangelogEntry> {
    return scheduleEntry(ctx.em, ctx.queue, id, at);
  }

  @Allowed(CHANGELOG_POLICY.write)
  @Mutation(() => ChangelogEntry, { description: "A SCHEDULED entry goes back to DRAFT and is not published." })
  cancelChangelogSchedule(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<ChangelogEntry> {
    return cancelSchedule(ctx.em, id);
  }

  @Allowed(CHANGELOG_POLICY.write)
  @Mutation(() => ChangelogEntry, { description: "Back to DRAFT; shipped posts stay shipped, and publishing again announces nothing new." })
  unpublishChangelogEntry(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<ChangelogEntry> {
    return unpublishEntry(ctx.em, id);
  }

  @Allowed(CHANGELOG_POLICY.configure)
  @Mutation(() => ChangelogCategory)
  createChangelogCategory(@Arg("input", () => NewChangelogCategoryInput) input: NewChangelogCategoryInput, @Ctx() ctx: Context): Promise<ChangelogCategory> {
    return createCategory(ctx.em, input.name);
  }

  @Allowed(CHANGELOG_POLICY.configure)
  @Mutation(() => ChangelogCategory, { description: "Rename, archive or restore." })
  updateChangelogCategory(@Arg("id", () => ID) id: string, @Arg("input", () => ChangelogCategoryInput) input: ChangelogCategoryInput, @Ctx() ctx: Context): Promise<ChangelogCategory> {
    return updateCategory(ctx.em, id, input);
  }

  @Allowed(CHANGELOG_POLICY.configure)
  @Mutation(() => ChangelogSettingsView)
  updateChangelogSettings(@Arg("input", () => ChangelogSettingsInput) input: ChangelogSettingsInput, @Ctx() ctx: Context): Promise<ChangelogSettingsView> {
    return updateSettings(ctx.em, input);
  }

  @FieldResolver(() => [Post], { description: "The posts the entry answers that the viewer may see." })
  posts(@Root() entry: ChangelogEntry, @Ctx() ctx: Context): Promise<Post[]> {
    return entry.posts.matching({ where: visiblePosts(ctx.viewer) });
  }

  @FieldResolver(() => ChangelogCategory)
  category(@Root() entry: ChangelogEntry, @Ctx() ctx: Context): Promise<ChangelogCategory> {
    // Lists load entries without their category (a reference); the identity map answers repeats.
    return ctx.em.findOneOrFail(ChangelogCategory, { id: entry.category.id });
  }

  @FieldResolver(() => Member, { nullable: true, description: "Who wrote it; null for a draft Roundtrip wrote itself." })
  async author(@Root() entry: ChangelogEntry, @Ctx() ctx: Context): Promise<Member | null> {
    return entry.author ? ctx.loaders.member.load(entry.author.id) : null;
  }
}

@Resolver(() => Post)
export class PostChangelogResolver {
  @FieldResolver(() => [ChangelogEntry], { description: "Published changelog entries that answer this post, newest first." })
  answeredIn(@Root() post: Post, @Ctx() ctx: Context): Promise<ChangelogEntry[]> {
    return ctx.loaders.entriesAnswering.load(post.id);
  }
}

@Resolver(() => PostEvent)
export class PostEventChangelogResolver {
  @FieldResolver(() => ChangelogEntry, { nullable: true, description: "The changelog entry that shipped or answered the post; null while it is not published (for members)." })
  async changelogEntry(@Root() event: PostEvent, @Ctx() ctx: Context): Promise<ChangelogEntry | null> {
    if (!event.changelogEntry) return null;
    const entry = await ctx.em.findOne(ChangelogEntry, { id: event.changelogEntry.id });
    return entry && (entry.state === ChangelogEntryState.PUBLISHED || mayWrite(ctx)) ? entry : null;
  }
}

@Resolver(() => ViewerCapabilities)
export class ViewerChangelogCapabilitiesResolver {
  @Capability(CHANGELOG_POLICY.write)
  writeChangelog(@Ctx() ctx: Context): boolean {
    return allows(CHANGELOG_POLICY.write, ctx.viewer);
  }

  @Capability(CHANGELOG_POLICY.configure)
  configureChangelog(@Ctx() ctx: Context): boolean {
    return allows(CHANGELOG_POLICY.configure, ctx.viewer);
  }
}
