/** A GraphQL-over-HTTP client that keeps its own cookies, like one browser. */
export interface GraphQLResult<T = any> {
  data?: T;
  errors?: Array<{ message: string; path?: string[]; extensions?: { code?: string; field?: string; [key: string]: unknown } }>;
}

export class GraphQLClient {
  private cookies = new Map<string, string>();
  public bearerToken: string | null = null;

  constructor(readonly baseUrl: string) {}

  /** Sends one operation; returns the whole response (data and errors). */
  async request<T = any>(query: string, variables: Record<string, unknown> = {}, extraHeaders: Record<string, string> = {}): Promise<GraphQLResult<T>> {
    const headers: Record<string, string> = { "content-type": "application/json", ...extraHeaders };
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
    if (this.bearerToken) headers.authorization = `Bearer ${this.bearerToken}`;
    const response = await fetch(`${this.baseUrl}/graphql`, { method: "POST", headers, body: JSON.stringify({ query, variables }) });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair, ...attributes] = cookie.split(";");
      const [name, value] = pair.split("=");
      const expired = attributes.some((attribute) => /expires=thu, 01 jan 1970/i.test(attribute.trim()));
      if (expired || !value) this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value.trim());
    }
    return (await response.json()) as GraphQLResult<T>;
  }

  /** A plain GET of another route (a CSV download), with this client's cookies. */
  async get(path: string): Promise<Response> {
    const headers: Record<string, string> = this.cookies.size ? { cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ") } : {};
    return fetch(`${this.baseUrl}${path}`, { headers });
  }

  /** Sends one operation and fails loudly when it returns errors. */
  async ok<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await this.request<T>(query, variables);
    if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data as T;
  }

  setSessionCookie(value: string) {
    this.cookies.set("rt_session", value);
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }
}

/** The `extensions.code` of the first error, for `expect(codeOf(result)).toBe("FORBIDDEN")`. */
export const codeOf = (result: GraphQLResult) => result.errors?.[0]?.extensions?.code;
