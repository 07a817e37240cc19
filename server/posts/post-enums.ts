import { registerEnumType } from "type-graphql";

export enum PostKind {
  IDEA = "IDEA",
  BUG = "BUG",
  USABILITY = "USABILITY",
}
registerEnumType(PostKind, { name: "PostKind" });

export enum BugSeverity {
  LOW = "LOW",
  MEDIUM = "MEDIUM",
  HIGH = "HIGH",
  CRITICAL = "CRITICAL",
}
registerEnumType(BugSeverity, { name: "BugSeverity" });

export enum PostSort {
  TOP = "TOP",
  NEW = "NEW",
  /** Oldest first: what has waited longest (the triage inbox). */
  OLDEST = "OLDEST",
  TRENDING = "TRENDING",
}
registerEnumType(PostSort, { name: "PostSort" });
