const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs; anything else cannot name a row, so lookups answer "not found" without asking PostgreSQL. */
export const isUuid = (value: string) => UUID.test(value);

/**
 * The one spelling of an id. PostgreSQL reads a UUID in any case, but the identity map, DataLoader
 * keys and `a.id === b.id` compare strings, and PostgreSQL always returns ids in lower case.
 */
export const canonicalId = (id: string) => id.toLowerCase();
