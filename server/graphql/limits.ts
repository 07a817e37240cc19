import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { RequestHandler } from "express";
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

/** The refusal every limit gives, as Apollo gives it for the validation rules. */
const limitExceeded = (message: string) => new GraphQLError(message, { extensions: { code: "GRAPHQL_VALIDATION_FAILED" } });

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
 * `tokenLimit` instead.
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

/**
 * Refuses a document over the token limit before Apollo sees it. (A plugin cannot: Apollo answers
 * any error thrown from its parsing hooks with HTTP 500, which is what graphql-armor's does.)
 */
export const tokenLimit: RequestHandler = (req, res, next) => {
  const document = req.method === "GET" ? req.query.query : req.body?.query;
  const error = typeof document === "string" ? tokenLimitError(document) : null;
  if (!error) return next();
  res.status(400).json({ errors: [{ message: error.message, extensions: { code: error.extensions.code } }] });
};
