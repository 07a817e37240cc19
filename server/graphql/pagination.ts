import { Field, ObjectType } from "type-graphql";
import { badInput } from "../shared/errors.js";
import { InputReason } from "../shared/input-rules.js";

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean)
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

/**
 * Cursors are opaque offsets. Offsets (not keysets) because TRENDING orders by a score that moves
 * with time; the trade-off is that a post inserted between two page loads can shift one item.
 */
export const encodeCursor = (offset: number) => Buffer.from(`offset:${offset}`).toString("base64url");

export function decodeCursor(cursor: string | null | undefined): number {
  if (!cursor) return 0;
  const match = /^offset:(\d+)$/.exec(Buffer.from(cursor, "base64url").toString());
  if (!match) throw badInput("after", InputReason.INVALID_CURSOR, "This cursor is not one we issued.");
  return Number(match[1]) + 1;
}

export function pageInfo(offset: number, count: number, totalCount: number): PageInfo {
  return pageInfoOf(offset, count, offset + count < totalCount);
}

/** `pageInfo` when the page was read with one row more instead of counting. */
export function pageInfoOf(offset: number, count: number, hasNextPage: boolean): PageInfo {
  return {
    hasNextPage,
    hasPreviousPage: offset > 0,
    startCursor: count ? encodeCursor(offset) : null,
    endCursor: count ? encodeCursor(offset + count - 1) : null,
  };
}
