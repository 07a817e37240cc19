import { registerEnumType } from "type-graphql";

/**
 * Why a post is withheld from the community. A withheld post is seen only by its author and staff
 * (`visiblePosts`); the moderation queue lists both kinds.
 */
export enum ModerationState {
  /** Waiting for a moderator's or ambassador's approval before anyone else sees it. */
  HELD = "HELD",
  /** Taken down by moderators or by enough flags, with a reason shown to the author. */
  HIDDEN = "HIDDEN",
}

registerEnumType(ModerationState, {
  name: "ModerationState",
  description: "Why a post is withheld: seen only by its author and staff until a moderator acts.",
});
