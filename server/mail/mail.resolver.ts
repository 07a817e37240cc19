import { Args, ArgsType, Ctx, Field, FieldResolver, Int, ObjectType, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../graphql/context.js";
import { PageInfo, decodeCursor, pageInfo } from "../graphql/pagination.js";
import { Allowed, Capability } from "../graphql/authorization.js";
import { allows } from "../members/permission.js";
import { ViewerCapabilities } from "../members/viewer-capabilities.js";
import { InRange } from "../shared/validation.js";
import { sanitizeForPage } from "../shared/markdown.js";
import { MAIL_POLICY } from "./mail.policy.js";
import { outboxPage } from "./mail.service.js";
import { OutboxMail } from "./outbox-mail.entity.js";

@ArgsType()
class OutboxArgs {
  @Field(() => Int, { defaultValue: 20 })
  @InRange(1, 100)
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
  @Allowed(MAIL_POLICY.viewOutbox)
  @Query(() => OutboxMailConnection, { description: "Every mail, newest first: sent, waiting, failed, or kept because no SMTP server is configured." })
  async outbox(@Args(() => OutboxArgs) args: OutboxArgs, @Ctx() ctx: Context): Promise<OutboxMailConnection> {
    const offset = decodeCursor(args.after);
    const { mails, totalCount } = await outboxPage(ctx.em, offset, args.first);
    return { nodes: mails, pageInfo: pageInfo(offset, mails.length, totalCount), totalCount };
  }

  @FieldResolver(() => String, { description: "The HTML part, reduced to the safe subset a page may show (no styles, scripts or images)." })
  htmlSanitized(@Root() mail: OutboxMail): string {
    return sanitizeForPage(mail.html);
  }
}

@Resolver(() => ViewerCapabilities)
export class ViewerMailCapabilitiesResolver {
  @Capability(MAIL_POLICY.viewOutbox)
  viewOutbox(@Ctx() ctx: Context): boolean {
    return allows(MAIL_POLICY.viewOutbox, ctx.viewer);
  }
}
