import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, Lexer, Source, TokenKind } from "graphql";

/**
 * Query depth, cost, alias, directive and token limits. Sized so the web app's heaviest page (a
 * post with comments and timeline) fits with room to spare. HTTP and WebSocket apply the same ones.
 */
export const QUERY_LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxDirectives: 20,
  maxTokens: 2000,
  maxCost: 5000,
};

/** The refusal every limit gives: a validation error, HTTP 400 (Apollo reads `extensions.http`). */
export const limitExceeded = (message: string) =>
  new GraphQLError(message, { extensions: { code: "GRAPHQL_VALIDATION_FAILED", http: { status: 400 } } });

/**
 * Counts tokens with graphql-js' lexer and stops at the limit, so an oversized document costs at
 * most `maxTokens` tokens of work and never becomes an AST. Lexing errors are left for the parser
 * to report as usual.
 */
export function tokenLimitError(document: string): GraphQLError | null {
  const lexer = new Lexer(new Source(document));
  try {
    let count = 0;
    while (lexer.advance().kind !== TokenKind.EOF) {
      if (++count > QUERY_LIMITS.maxTokens) return limitExceeded(`Token limit of ${QUERY_LIMITS.maxTokens} exceeded.`);
    }
  } catch {
    return null;
  }
  return null;
}

/**
 * graphql-armor's depth, alias, directive and cost rules. Its token-limit plugin for Apollo throws
 * from `parsingDidStart`, which Apollo answers with HTTP 500, so tokens are counted by
 * `tokenLimitPlugin` instead.
 */
export function armorProtection() {
  return new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    maxTokens: { enabled: false },
    costLimit: { maxCost: QUERY_LIMITS.maxCost, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5 },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}

/** Refuses a document over the token limit before Apollo parses it. */
export const tokenLimitPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async parsingDidStart({ source }) {
        const error = tokenLimitError(source);
        if (error) throw error;
      },
    };
  },
};
