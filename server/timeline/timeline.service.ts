import type { EntityManager } from "@mikro-orm/postgresql";
import type { ChangelogEntry } from "../changelog/changelog.entity.js";
import type { Member } from "../members/member.entity.js";
import type { Post } from "../posts/post.entity.js";
import { PostEvent, PostEventSource, PostEventType } from "./post-event.entity.js";

export interface EventInput {
  post: Post;
  type: PostEventType;
  actor: Member | null;
  source?: PostEventSource;
  fromStatus?: string | null;
  toStatus?: string | null;
  publicNote?: string | null;
  relatedPost?: Post | null;
  changelogEntry?: ChangelogEntry | null;
  internalDetails?: Record<string, unknown> | null;
  /** False: the change is recorded but followers are not told (staff chose "notify nobody"). */
  notifyFollowers?: boolean;
}

/** Adds a timeline row to the unit of work; the caller's transaction commits it with the change it records. */
export function recordEvent(em: EntityManager, input: EventInput): PostEvent {
  return em.create(PostEvent, {
    post: input.post,
    type: input.type,
    actor: input.actor,
    source: input.source ?? PostEventSource.MANUAL,
    fromStatus: input.fromStatus ?? null,
    toStatus: input.toStatus ?? null,
    publicNote: input.publicNote || null,
    relatedPost: input.relatedPost ?? null,
    changelogEntry: input.changelogEntry ?? null,
    internalDetails: input.internalDetails ?? null,
    notifyFollowers: input.notifyFollowers ?? true,
  });
}
