import { Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from "type-graphql";
import { ShownTo } from "../graphql/authorization.js";
import type { Context } from "../graphql/context.js";
import { Member } from "../members/member.entity.js";
import { MODERATION_POLICY } from "./moderation.policy.js";

@ObjectType({ description: "How a member fares in moderation: flags they gave and got, and their content withheld now." })
class ModerationRecord {
  @Field(() => Int, { description: "Flags the member gave." })
  flagsGiven!: number;

  @Field(() => Int, { description: "Of those, the ones moderators agreed with." })
  flagsGivenAgreed!: number;

  @Field(() => Int, { description: "Flags on the member's posts and comments." })
  flagsReceived!: number;

  @Field(() => Int, { description: "Of those, the ones moderators agreed with." })
  flagsReceivedAgreed!: number;

  @Field(() => Int, { description: "The member's posts hidden now." })
  hiddenPosts!: number;

  @Field(() => Int, { description: "The member's comments hidden now." })
  hiddenComments!: number;
}

/** The moderation part of a member's history, for staff, in one statement. */
@Resolver(() => Member)
export class MemberModerationRecordResolver {
  @ShownTo(MODERATION_POLICY.staffNotes)
  @FieldResolver(() => ModerationRecord, { nullable: true })
  async moderationRecord(@Root() member: Member, @Ctx() ctx: Context): Promise<ModerationRecord> {
    const [row] = await ctx.em.execute<Record<keyof ModerationRecord, number>[]>(
      `select (select count(*) from flag where flagger_id = ?)::int as "flagsGiven",
              (select count(*) from flag where flagger_id = ? and resolution = 'AGREED')::int as "flagsGivenAgreed",
              count(*)::int as "flagsReceived", (count(*) filter (where received.resolution = 'AGREED'))::int as "flagsReceivedAgreed",
              (select count(*) from post where author_id = ? and moderation_state = 'HIDDEN')::int as "hiddenPosts",
              (select count(*) from comment where author_id = ? and hidden_at is not null and deleted_at is null)::int as "hiddenComments"
         from (select resolution from flag where post_id in (select id from post where author_id = ?)
               union all
               select resolution from flag where comment_id in (select id from comment where author_id = ?)) received`,
      [member.id, member.id, member.id, member.id, member.id, member.id],
    );
    return row;
  }
}
