import type { Config } from "../config.js";
import type { Member } from "../members/member.entity.js";
import { allows, permission } from "../members/permission.js";
import { MODERATOR_ROLES, SIGNED_IN_ROLES } from "../members/role.js";
import type { Post } from "./post.entity.js";

export const POST_POLICY = {
  submit: permission(SIGNED_IN_ROLES, "submit posts"),
  follow: permission(SIGNED_IN_ROLES, "follow and unfollow posts"),
  /** `canEditPost` decides per post. */
  edit: permission(SIGNED_IN_ROLES, "edit their own post within `AUTHOR_EDIT_GRACE_MINUTES` of submitting it"),
  /** Any post at any time (fix a title, remove personal data); authors edit their own for a while. */
  editAny: permission(MODERATOR_ROLES, "edit any post"),
} as const;

export function canEditPost(viewer: Member | null, post: Post, config: Config, now = new Date()): boolean {
  if (!viewer) return false;
  if (allows(POST_POLICY.editAny, viewer)) return true;
  const graceEndsAt = post.createdAt.getTime() + config.authorEditGraceMinutes * 60_000;
  return post.author.id === viewer.id && now.getTime() <= graceEndsAt;
}
