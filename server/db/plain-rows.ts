import { ReferenceKind, raw, type EntityClass, type EntityMetadata, type EntityProperty } from "@mikro-orm/core";
import type { EntityManager, QueryBuilder } from "@mikro-orm/postgresql";

/**
 * Read paths (lists, pages and the request's DataLoaders) build entity-shaped objects straight from
 * their rows: instances of the entity class, so getters and type-graphql fields work as on a loaded
 * entity, that MikroORM does not manage (no identity map, no unit-of-work snapshot, no reference
 * wrappers). Under load, hydration, the identity map and change-set bookkeeping were the largest share
 * of a board page's CPU (`npm run bench -- --profile`), for objects nothing ever writes back.
 *
 * Writes keep loading managed entities through the EntityManager; these objects are never flushed.
 * To-one relations are references holding only the key, as an unloaded ORM reference would be; to-many
 * collections are left out (their loaders read them). Values are taken as `pg` parses them (the
 * schema uses text, numbers, booleans, uuid and json), except timestamps: MikroORM has `pg` leave them
 * as text, and the ORM's own hydration turns them into dates, so this does too.
 */
interface Reader<T> {
  /** Every column the entity reads eagerly (lazy ones, like the search document, left out). */
  columns: string[];
  /** The entity from `row`, whose keys are the column names, each after `prefix` when given. */
  build(row: Record<string, unknown>, prefix?: string): T;
}

const readers = new WeakMap<EntityMetadata, Reader<unknown>>();

const isToOne = (prop: EntityProperty) =>
  prop.kind === ReferenceKind.MANY_TO_ONE || (prop.kind === ReferenceKind.ONE_TO_ONE && prop.owner);

/**
 * The values as own properties of an instance of `type`. Assigned to the object before it gets its
 * prototype: MikroORM puts setters on entity prototypes that would attach its change tracking to the
 * object on first assignment, which is the work this module exists to skip.
 */
const instanceOf = <T>(type: EntityClass<T>, values: Record<string, unknown>): T => Object.setPrototypeOf(values, type.prototype as object) as T;

function referenceTo(prop: EntityProperty, key: unknown): unknown {
  if (key == null) return null;
  if (prop.mapToPk) return key;
  const target = prop.targetMeta!;
  return instanceOf(target.class, { [target.primaryKeys[0]]: key });
}

function readerFor<T extends object>(meta: EntityMetadata<T>): Reader<T> {
  const known = readers.get(meta);
  if (known) return known as Reader<T>;
  const scalars: [name: string, column: string][] = [];
  const dates: [name: string, column: string][] = [];
  const toOne: [prop: EntityProperty, column: string][] = [];
  const embedded: { name: string; type: EntityClass<unknown>; parts: [name: string, column: string][] }[] = [];
  for (const prop of meta.props) {
    if (prop.lazy || prop.persist === false || !prop.fieldNames?.length) continue;
    if (prop.embedded) continue; // an inline embeddable's columns, read with the embeddable below
    if (prop.kind === ReferenceKind.SCALAR) (prop.runtimeType === "Date" ? dates : scalars).push([prop.name, prop.fieldNames[0]]);
    else if (isToOne(prop)) {
      if (prop.fieldNames.length > 1) throw new Error(`${meta.className}.${prop.name}: composite keys are not read as plain rows`);
      toOne.push([prop, prop.fieldNames[0]]);
    }
  }
  for (const prop of meta.props) {
    if (prop.kind !== ReferenceKind.EMBEDDED || prop.embedded) continue;
    if (prop.object || prop.array) throw new Error(`${meta.className}.${prop.name}: JSON embeddables are not read as plain rows`);
    const parts = Object.values(prop.embeddedProps).map((part) => [part.embedded![1], part.fieldNames[0]] as [string, string]);
    embedded.push({ name: prop.name, type: prop.embeddable as EntityClass<unknown>, parts });
  }
  const columns = [...scalars.map(([, column]) => column), ...dates.map(([, column]) => column), ...toOne.map(([, column]) => column), ...embedded.flatMap((e) => e.parts.map(([, c]) => c))];
  // Per prefix, each column's key in a row, computed once: building runs for every row of every page.
  const keysByPrefix = new Map<string, { scalars: [string, string][]; dates: [string, string][]; toOne: [EntityProperty, string][]; embedded: { name: string; type: EntityClass<unknown>; parts: [string, string][] }[] }>();
  const keysFor = (prefix: string) => {
    let keys = keysByPrefix.get(prefix);
    if (!keys) {
      const prefixed = <P>(pairs: [P, string][]) => pairs.map(([name, column]) => [name, prefix + column] as [P, string]);
      keys = { scalars: prefixed(scalars), dates: prefixed(dates), toOne: prefixed(toOne), embedded: embedded.map((e) => ({ ...e, parts: prefixed(e.parts) })) };
      keysByPrefix.set(prefix, keys);
    }
    return keys;
  };
  const reader: Reader<T> = {
    columns,
    build(row, prefix = "") {
      const keys = keysFor(prefix);
      const entity: Record<string, unknown> = {};
      for (const [name, key] of keys.scalars) entity[name] = row[key];
      for (const [name, key] of keys.dates) entity[name] = row[key] == null ? null : new Date(row[key] as string);
      for (const [prop, key] of keys.toOne) entity[prop.name] = referenceTo(prop, row[key]);
      for (const { name, type, parts } of keys.embedded) {
        // A nullable embeddable is absent when all its columns are null (how MikroORM writes null).
        if (parts.every(([, key]) => row[key] == null)) entity[name] = null;
        else entity[name] = instanceOf(type, Object.fromEntries(parts.map(([part, key]) => [part, row[key]])));
      }
      return instanceOf(meta.class, entity);
    },
  };
  readers.set(meta, reader);
  return reader;
}

/** For hand-written SQL: the entity's columns (to select, each prefixed with `alias.`) and the row-to-entity step. */
export function plainReader<T extends object>(em: EntityManager, entity: EntityClass<T>, alias: string) {
  const reader = readerFor(em.getMetadata().get<T>(entity.name));
  return { select: reader.columns.map((column) => `"${alias}"."${column}"`).join(", "), build: reader.build };
}

/**
 * `plainReader` for a joined entity in hand-written SQL: its columns selected as "alias.column", so
 * they cannot collide with the main entity's, and read back from there.
 */
export function joinedPlainReader<T extends object>(em: EntityManager, entity: EntityClass<T>, alias: string) {
  const reader = readerFor(em.getMetadata().get<T>(entity.name));
  const prefix = `${alias}.`;
  return {
    select: reader.columns.map((column) => `"${alias}"."${column}" as "${prefix}${column}"`).join(", "),
    build: (row: Record<string, unknown>) => reader.build(row, prefix),
  };
}

/** The rows of `qb` (any where, order and limit) as plain entities; it selects the entity's own columns. */
export async function readPlain<T extends object>(qb: QueryBuilder<T>): Promise<T[]> {
  const reader = readerFor(qb.mainAlias.metadata! as EntityMetadata<T>);
  qb.select(reader.columns.map((column) => raw(`"${qb.alias}"."${column}"`)));
  const rows: Record<string, unknown>[] = await qb.execute("all", false);
  return rows.map((row) => reader.build(row));
}

/**
 * The rows of `entity` whose `property` (a column or a to-one relation) is one of `keys`, as plain
 * entities: a DataLoader's batch in hand-written SQL. `where` adds a condition over the alias `e`
 * with its `?` values; `orderBy` is SQL over `e`. Building the same query with MikroORM's query
 * builder cost about a millisecond of CPU per batch, several times what running it cost.
 */
export async function findPlainIn<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  property: keyof T & string,
  keys: readonly unknown[],
  options: { where?: { sql: string; values: unknown[] } | null; orderBy?: string } = {},
): Promise<T[]> {
  if (keys.length === 0) return [];
  const meta = em.getMetadata().get<T>(entity.name);
  const reader = readerFor(meta);
  const column = (meta.properties as Record<string, EntityProperty>)[property].fieldNames[0];
  const rows: Record<string, unknown>[] = await em.execute(
    `select ${reader.columns.map((name) => `e."${name}"`).join(", ")} from "${meta.tableName}" e where e."${column}" in (?)` +
      (options.where ? ` and ${options.where.sql}` : "") +
      (options.orderBy ? ` order by ${options.orderBy}` : ""),
    [[...keys], ...(options.where?.values ?? [])],
  );
  return rows.map((row) => reader.build(row));
}

/** `em.find` for read paths: the entities matching `where`, as plain objects. */
export function findPlain<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  where: object,
  orderBy?: Record<string, "asc" | "desc">,
): Promise<T[]> {
  const qb = em.createQueryBuilder(entity, "e").where(where as never);
  if (orderBy) qb.orderBy(orderBy as never);
  return readPlain(qb);
}
