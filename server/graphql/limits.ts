import { ApolloArmor } from "@escape.tech/graphql-armor";

/**
 * Query depth, cost, alias, directive and token limits (graphql-armor). Sized so the web app's
 * heaviest page (a post with comments and timeline) fits with room to spare.
 */
export function armorProtection() {
  return new ApolloArmor({
    maxDepth: { n: 10 },
    maxAliases: { n: 15 },
    maxDirectives: { n: 20 },
    maxTokens: { n: 2000 },
    costLimit: { maxCost: 5000, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5 },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}
