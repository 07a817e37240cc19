import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

/**
 * A real SMTP server on 127.0.0.1 that keeps every mail it accepts, parsed. `refuse` makes it answer
 * RCPT TO for an address with an SMTP code (550: a hard bounce, 450: try later).
 */
export class SmtpReceiver {
  readonly mails: ParsedMail[] = [];
  readonly refuse = new Map<string, number>();
  private server: SMTPServer | null = null;

  constructor(readonly port: number) {}

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  async start(): Promise<this> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS", "AUTH"],
      logger: false,
      onRcptTo: (address, _session, callback) => {
        const code = this.refuse.get(address.address.toLowerCase());
        if (!code) return callback();
        callback(Object.assign(new Error(code >= 500 ? "Mailbox unavailable" : "Try again later"), { responseCode: code }));
      },
      onData: (stream, _session, callback) => {
        simpleParser(stream).then(
          (mail) => {
            this.mails.push(mail);
            callback();
          },
          (error: Error) => callback(error),
        );
      },
    });
    await new Promise<void>((resolve, reject) => {
      this.server!.once("error", reject);
      this.server!.listen(this.port, "127.0.0.1", () => resolve());
    });
    return this;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Mails accepted for `address`, oldest first. */
  to(address: string): ParsedMail[] {
    const wanted = address.toLowerCase();
    return this.mails.filter((mail) => addressesOf(mail).includes(wanted));
  }

  /** Waits for the `count`-th mail to `address` (default: the first) and returns it. */
  async waitForMail(address: string, count = 1, timeoutMs = 10_000): Promise<ParsedMail> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const mails = this.to(address);
      if (mails.length >= count) return mails[count - 1];
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`No mail #${count} to ${address} within ${timeoutMs} ms (got ${this.to(address).length})`);
  }
}

function addressesOf(mail: ParsedMail): string[] {
  const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
  return to.flatMap((group) => group.value.map((entry) => (entry.address ?? "").toLowerCase()));
}

/** The link of a mail's text part that points at `page` (e.g. "/reset-password"), and its token. */
export function linkIn(mail: ParsedMail, page: string): { url: string; token: string } {
  const match = new RegExp(`https?://\\S+${page}\\?token=([\\w-]+)`).exec(mail.text ?? "");
  if (!match) throw new Error(`No ${page} link in mail "${mail.subject}":\n${mail.text}`);
  return { url: match[0], token: match[1] };
}
