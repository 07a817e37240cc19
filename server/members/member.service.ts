import type { EntityManager } from "@mikro-orm/postgresql";
import { conflict, notFound } from "../shared/errors.js";
import { Member } from "./member.entity.js";
import { Role } from "./role.js";
import { ConflictReason } from "../shared/input-rules.js";

/** Changes a member's role, refusing to leave the community without an ADMIN. */
export async function setRole(em: EntityManager, memberId: string, role: Role): Promise<Member> {
  return em.transactional(async (tx) => {
    // Locking the ADMIN rows makes role changes wait for each other: two ADMINs demoting each
    // other at the same moment would otherwise each still see the other one as ADMIN.
    const admins: { id: string }[] = await tx.execute(`select id from member where role = 'ADMIN' for update`);
    // Refreshed: this request may hold the row from before the lock (the viewer, for one).
    const member = await tx.findOne(Member, { id: memberId }, { refresh: true });
    if (!member) throw notFound("Member");
    const isLastAdmin = admins.length === 1 && admins[0].id === member.id;
    if (isLastAdmin && role !== Role.ADMIN) throw conflict(ConflictReason.LAST_ADMIN, "Roundtrip needs at least one admin.");
    member.role = role;
    return member;
  });
}
