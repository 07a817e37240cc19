import { ArgsType, Field, Int } from "type-graphql";
import { InRange } from "../shared/validation.js";

/**
 * The arguments of every member history list (`Member.posts`, `recentComments`, `votes`, `following`).
 * Each list is resolved by the feature that owns its rows; who may read them is `canSeeHistory`
 * (member.policy.ts): the member themselves and staff.
 */
@ArgsType()
export class HistoryArgs {
  @Field(() => Int, { defaultValue: 10 })
  @InRange(1, 50)
  first!: number;
}
