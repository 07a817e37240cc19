import type { EntityManager } from "@mikro-orm/postgresql";
import type { Member } from "../members/member.entity.js";
import { badInput, conflict, notFound } from "../shared/errors.js";
import { ConflictReason, InputReason, SECTION_ID_PREFIX } from "../shared/input-rules.js";
import { sectionsOf, type Section } from "../shared/markdown.js";
import { AuditAction } from "./audit-entry.entity.js";
import { recordAudit } from "./audit.js";
import { NetiquetteAcceptance, NetiquetteVersion } from "./netiquette.entity.js";

/** The version in force: the latest published, or null before the first. */
export const currentNetiquette = async (em: EntityManager): Promise<NetiquetteVersion | null> =>
  (await em.find(NetiquetteVersion, {}, { orderBy: { version: "desc" }, limit: 1 }))[0] ?? null;

/** Every version, newest first. */
export const netiquetteHistory = (em: EntityManager) => em.find(NetiquetteVersion, {}, { orderBy: { version: "desc" } });

/** Where a clause is read: the netiquette page, at its heading. */
export const clauseUrl = (publicUrl: string, anchor: string) => `${publicUrl}/netiquette#${SECTION_ID_PREFIX}${anchor}`;

/**
 * The netiquette version the member row `member` must accept before they next post or comment, as a
 * lateral join, so a request reads it in the same statement as its member (auth.service.ts): the current
 * version when they accepted neither the latest material one nor a later one; null when nothing is due
 * and before the first version. Select NETIQUETTE_DUE_COLUMN and read it with `netiquetteDueFromRow`.
 */
export const netiquetteDueOf = (member: string) =>
  `left join lateral (select max(v.version) as version from netiquette_version v
     where not exists (select 1 from netiquette_acceptance a join netiquette_version accepted on accepted.id = a.version_id
       where a.member_id = ${member}.id
         and accepted.version >= (select max(mv.version) from netiquette_version mv where mv.material))) netiquette_due on true`;

export const NETIQUETTE_DUE_COLUMN = "netiquette_due.version as netiquette_due";

/** The due version in a row that selected NETIQUETTE_DUE_COLUMN, and the row's other columns. */
export function netiquetteDueFromRow(row: Record<string, unknown>): { netiquetteDue: number | null; rest: Record<string, unknown> } {
  const { netiquette_due: due, ...rest } = row;
  return { netiquetteDue: due === null || due === undefined ? null : Number(due), rest };
}

/** `netiquetteDueOf` for one member, when their request did not read it with its session (signing in). */
export async function netiquetteDue(em: EntityManager, memberId: string): Promise<number | null> {
  const [row]: Record<string, unknown>[] = await em.execute(`select ${NETIQUETTE_DUE_COLUMN} from member m ${netiquetteDueOf("m")} where m.id = ?`, [memberId]);
  return row ? netiquetteDueFromRow(row).netiquetteDue : null;
}

/** The current version if it is `version`; CONFLICT when another one is current (a page opened before a new version). */
async function requireCurrent(em: EntityManager, version: number): Promise<NetiquetteVersion> {
  const current = await currentNetiquette(em);
  if (!current) throw notFound("Netiquette");
  if (current.version !== version) {
    throw conflict(ConflictReason.NETIQUETTE_NOT_CURRENT, `Version ${version} is not the current netiquette: read version ${current.version} and accept that one.`);
  }
  return current;
}

/** Records that `member` accepted the current version, which must be `version`; accepting it again changes nothing. */
export async function acceptNetiquette(em: EntityManager, member: Member, version: number): Promise<void> {
  const current = await requireCurrent(em, version);
  await em.execute(`insert into netiquette_acceptance (member_id, version_id) values (?, ?) on conflict do nothing`, [member.id, current.id]);
}

/**
 * At sign-up, inside its transaction: once a netiquette exists, nobody joins without accepting its
 * current version (BAD_USER_INPUT on `netiquetteVersion` without one). Returns the version to record.
 */
export async function versionAcceptedAtSignUp(tx: EntityManager, version: number | null | undefined): Promise<NetiquetteVersion | null> {
  if (version === null || version === undefined) {
    if (await currentNetiquette(tx)) throw badInput("netiquetteVersion", InputReason.REQUIRED, "Accept the community guidelines to sign up.");
    return null;
  }
  return requireCurrent(tx, version);
}

export const recordAcceptance = (tx: EntityManager, member: Member, version: NetiquetteVersion) => tx.create(NetiquetteAcceptance, { member, version });

/**
 * Publishes the next version. The first is material whatever is asked (nobody has accepted anything
 * yet); the publisher has accepted what they wrote. One audit row, in the same transaction.
 */
export async function publishNetiquette(em: EntityManager, actor: Member, input: { body: string; material: boolean }): Promise<NetiquetteVersion> {
  return em.transactional(async (tx) => {
    // One publisher at a time, so versions follow each other (the unique key would refuse a clash).
    await tx.execute(`lock table "netiquette_version" in share row exclusive mode`);
    const [{ latest }] = await tx.execute<{ latest: number | null }[]>(`select max(version) as latest from netiquette_version`);
    const version = (latest ?? 0) + 1;
    const published = tx.create(NetiquetteVersion, { version, body: input.body, material: version === 1 || input.material, publishedBy: actor });
    recordAcceptance(tx, actor, published);
    recordAudit(tx, {
      actor,
      action: AuditAction.PUBLISH_NETIQUETTE,
      target: { type: "NETIQUETTE", id: published.id },
      after: { version, material: published.material, clauses: sectionsOf(input.body).map((clause) => clause.anchor) },
    });
    return published;
  });
}

/** The clause of the current version a warning cites, or BAD_USER_INPUT UNKNOWN_CLAUSE on `clause`. */
export async function requireClause(em: EntityManager, anchor: string): Promise<Section> {
  const current = await currentNetiquette(em);
  const clause = current && sectionsOf(current.body).find((section) => section.anchor === anchor);
  if (!clause) throw badInput("clause", InputReason.UNKNOWN_CLAUSE, `The current netiquette has no clause "${anchor}".`);
  return clause;
}
