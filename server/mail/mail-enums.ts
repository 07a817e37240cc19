import { registerEnumType } from "type-graphql";

/**
 * Why a mail is sent. Account mails go out whenever the member asks for them; notification mails
 * need a verified address that does not bounce.
 */
export enum MailCategory {
  ACCOUNT = "ACCOUNT",
  /** Notifications: instant batches and digests; only to verified addresses that do not bounce. */
  NOTIFICATION = "NOTIFICATION",
}

export enum MailStatus {
  /** Waiting for the mail job. */
  QUEUED = "QUEUED",
  /** The SMTP server did not take it (4xx, unreachable); another attempt is queued. */
  RETRYING = "RETRYING",
  SENT = "SENT",
  /** Refused for good (SMTP 5xx) or out of attempts. */
  FAILED = "FAILED",
  /** No SMTP server is configured: kept here for staff to read. */
  CAPTURED = "CAPTURED",
  /** Not sent: the address bounced twice in a row. */
  SUPPRESSED = "SUPPRESSED",
}

registerEnumType(MailCategory, { name: "MailCategory", description: "Why a mail is sent." });
registerEnumType(MailStatus, { name: "MailStatus", description: "Where a mail in the outbox stands." });
