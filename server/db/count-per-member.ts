import type { EntityManager } from "@mikro-orm/postgresql";
import { raw, type EntityKey, type EntityName, type FilterQuery } from "@mikro-orm/core";

/**
 * COUNT(*) of an entity's rows matching `where`, per member (the relation in `member`), in one grouped
 * query: how a feature counts its rows for many members at once (a member's history, through a DataLoader).
 */
export async function countPerMember<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  member: EntityKey<T>,
  where: FilterQuery<T>,
): Promise<Map<string, number>> {
  const [column] = em.getMetadata().get(entity).properties[member].fieldNames;
  const rows: Record<string, unknown>[] = await em
    .createQueryBuilder(entity, "row")
    .select([`row.${member}`, raw("count(*) as n")])
    .where(where)
    .groupBy(`row.${member}`)
    .execute("all", false);
  return new Map(rows.map((row) => [String(row[column]), Number(row.n)]));
}
