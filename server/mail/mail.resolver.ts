import { Max, Min } from "class-validator";
import { Args, ArgsType, Ctx, Field, FieldResolver, Int, ObjectType, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../graphql/context.js";
import { PageInfo, decodeCursor, pageInfo } from "../graphql/pagination.js";
import { requireRole } from "../members/member.policy.js";
import { sanitizeForPage } from "../shared/markdown.js";
import { MAIL_PERMISSIONS } from "./mail.policy.js";
import { outboxPage } from "./mail.service.js";
import { OutboxMail } from "./outbox-mail.entity.js";

@ArgsType()
class OutboxArgs {
  @Field(() => Int, { defaultValue: 20 })
  @Min(1)
  @Max(100)
  first!: number;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@ObjectType()
class OutboxMailConnection {
  @Field(() => [OutboxMail])
  nodes!: OutboxMail[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}

@Resolver(() => OutboxMail)
export class MailResolver {
  /** ADMIN, MANAGER. */
  @Query(() => OutboxMailConnection, { description: "Every mail, newest first: sent, waiting, failed, or kept because no SMTP server is configured." })
  async outbox(@Args(() => OutboxArgs) args: OutboxArgs, @Ctx() ctx: Context): Promise<OutboxMailConnection> {
    requireRole(ctx.viewer, MAIL_PERMISSIONS.viewOutbox, "read the outbox");
    const offset = decodeCursor(args.after);
    const { mails, totalCount } = await outboxPage(ctx.em, offset, args.first);
    return { nodes: mails, pageInfo: pageInfo(offset, mails.length, totalCount), totalCount };
  }

  @FieldResolver(() => String, { description: "The HTML part, reduced to the safe subset a page may show (no styles, scripts or images)." })
  htmlSanitized(@Root() mail: OutboxMail): string {
    return sanitizeForPage(mail.html);
  }
}
