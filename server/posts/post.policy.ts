import type { Config } from "../config.js";
import type { Member } from "../members/member.entity.js";
import { Role } from "../members/role.js";
import type { Post } from "./post.entity.js";

/** Staff who may edit any post at any time (fix a title, remove personal data). */
const EDIT_ANY_POST: readonly Role[] = [Role.MODERATOR, Role.MANAGER, Role.ADMIN];

export function canEditPost(viewer: Member | null, post: Post, config: Config, now = new Date()): boolean {
  if (!viewer) return false;
  if (EDIT_ANY_POST.includes(viewer.role)) return true;
  const graceEndsAt = post.createdAt.getTime() + config.authorEditGraceMinutes * 60_000;
  return post.author.id === viewer.id && now.getTime() <= graceEndsAt;
}
