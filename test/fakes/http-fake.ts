// Plumbing shared by the fake Jira and fake Linear servers: a node:http server on
// 127.0.0.1 with a request log, injected failures, refusable connections and
// webhook signing helpers.
import { createHmac } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** Parsed JSON when the body was JSON, the raw text otherwise, undefined when empty. */
  body: unknown;
  /** When the request arrived (epoch ms), to check retry timing. */
  at: number;
}

export interface FakeResponse {
  status: number;
  headers?: Record<string, string>;
  /** Strings are sent as text/plain, anything else as JSON; undefined sends no body. */
  body?: unknown;
}

/** An error answer for `failNext`; without `body` the fake sends its service's usual error body. */
export interface FailureSpec {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export type SignatureMode = "valid" | "forged" | "omit";

export interface WebhookDeliveryOptions {
  /** Signing secret; defaults to the fake's `webhookSecret`. null sends an unsigned delivery. */
  secret?: string | null;
  /** "valid" (default) signs with the secret, "forged" with a different one, "omit" sends no signature header. */
  signature?: SignatureMode;
  /** Shifts the payload's timestamp, e.g. -120_000 for a stale delivery. */
  timestampOffsetMs?: number;
}

/** What a webhook endpoint receives: pass both straight to verifyWebhook. */
export interface SignedDelivery {
  headers: Record<string, string>;
  rawBody: Buffer;
}

export function loadFixture<T>(relativePath: string): T {
  return JSON.parse(readFileSync(new URL(`../fixtures/${relativePath}`, import.meta.url), "utf8")) as T;
}


export abstract class HttpFake {
  readonly requests: RecordedRequest[] = [];
  private readonly failures: FailureSpec[] = [];
  private readonly server: Server;
  private port = 0;

  protected constructor(readonly webhookSecret: string) {
    this.server = createServer((request, response) => void this.dispatch(request, response));
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Makes the next `count` requests answer `failure` instead of being served. */
  failNext(count: number, failure: FailureSpec): void {
    for (let i = 0; i < count; i++) this.failures.push(failure);
  }

  /** Stops listening and drops open keep-alive sockets, so clients get ECONNREFUSED. */
  async refuseConnections(): Promise<void> {
    if (!this.server.listening) return;
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections();
    await closed;
  }

  /** Listens again on the same port. */
  async acceptConnections(): Promise<void> {
    if (this.server.listening) return;
    await new Promise<void>((resolve, reject) => {
      this.server.once("error", reject);
      this.server.listen(this.port, "127.0.0.1", () => {
        this.server.off("error", reject);
        resolve();
      });
    });
    this.port = (this.server.address() as AddressInfo).port;
  }

  async close(): Promise<void> {
    await this.refuseConnections();
  }

  protected abstract handle(request: RecordedRequest): FakeResponse;

  /**
   * Serialises a webhook payload the way the tracker would send it (objects get `timestampField`
   * set to now, shifted by `timestampOffsetMs`; strings are sent as they are) and returns the
   * hex HMAC-SHA256 signature to put in the service's header, or undefined when none is to be sent.
   */
  protected signedPayload(payload: Record<string, unknown> | string, timestampField: string, options: WebhookDeliveryOptions): { rawBody: Buffer; signature?: string } {
    const text = typeof payload === "string" ? payload : JSON.stringify({ ...payload, [timestampField]: Date.now() + (options.timestampOffsetMs ?? 0) });
    const rawBody = Buffer.from(text);
    const secret = options.secret === undefined ? this.webhookSecret : options.secret;
    if (options.signature === "omit" || secret === null) return { rawBody };
    const key = options.signature === "forged" ? `not-${secret}` : secret;
    return { rawBody, signature: createHmac("sha256", key).update(rawBody).digest("hex") };
  }

  /** The body a real service sends with this error status; overridden per service. */
  protected errorBody(_status: number): unknown {
    return undefined;
  }

  private async dispatch(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString("utf8");
    const url = new URL(request.url ?? "/", this.url);
    const recorded: RecordedRequest = {
      method: request.method ?? "GET",
      path: url.pathname,
      query: url.searchParams,
      headers: request.headers,
      body: parseBody(text),
      at: Date.now(),
    };
    this.requests.push(recorded);

    let answer: FakeResponse;
    const failure = this.failures.shift();
    try {
      answer = failure ? { ...failure, body: failure.body ?? this.errorBody(failure.status) } : this.handle(recorded);
    } catch (error) {
      // A bug in the fake, not a simulated outage: make it loud in the test output.
      answer = { status: 599, body: `fake server error: ${error instanceof Error ? error.stack : String(error)}` };
    }
    const payload = answer.body === undefined ? undefined : typeof answer.body === "string" ? answer.body : JSON.stringify(answer.body);
    const contentType = typeof answer.body === "string" ? "text/plain; charset=utf-8" : "application/json; charset=utf-8";
    response.writeHead(answer.status, { ...(payload === undefined ? {} : { "Content-Type": contentType }), ...answer.headers });
    response.end(payload);
  }
}

function parseBody(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** `listen` on a free port; used by the start functions of both fakes. */
export async function listenOnFreePort<T extends HttpFake>(fake: T): Promise<T> {
  await fake.acceptConnections();
  return fake;
}
