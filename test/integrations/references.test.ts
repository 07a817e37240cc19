import { describe, expect, it } from "vitest";
import { parseIssueReference } from "../../integrations/index.js";

describe("parseIssueReference for Jira", () => {
  it.each([
    ["ABC-123", "ABC-123"],
    ["  abc-7 ", "ABC-7"],
    ["PROJ_2-15", "PROJ_2-15"],
    ["https://your-domain.atlassian.net/browse/ABC-123", "ABC-123"],
    ["https://your-domain.atlassian.net/browse/ABC-123/", "ABC-123"],
    ["https://your-domain.atlassian.net/browse/ABC-123?focusedCommentId=10050", "ABC-123"],
    ["https://jira.example.com/jira/browse/OPS-9", "OPS-9"],
    ["https://your-domain.atlassian.net/jira/software/projects/ABC/boards/1?selectedIssue=ABC-44", "ABC-44"],
  ])("reads %j as %s", (input, key) => {
    expect(parseIssueReference("JIRA", input)).toBe(key);
  });

  it.each([
    "",
    "ABC",
    "123",
    "ABC-",
    "ABC-0",
    "1BC-12",
    "ABC-12 extra",
    "https://your-domain.atlassian.net/projects/ABC",
    "https://your-domain.atlassian.net/browse/not a key",
    "ftp://your-domain.atlassian.net/browse/ABC-1",
    "javascript:alert(1)",
  ])("rejects %j", (input) => {
    expect(parseIssueReference("JIRA", input)).toBeNull();
  });
});

describe("parseIssueReference for Linear", () => {
  it.each([
    ["ENG-123", "ENG-123"],
    ["eng-5", "ENG-5"],
    ["https://linear.app/acme/issue/ENG-123/example-issue", "ENG-123"],
    ["https://linear.app/acme/issue/ENG-123", "ENG-123"],
    ["https://linear.app/acme/issue/ENG-123/", "ENG-123"],
  ])("reads %j as %s", (input, key) => {
    expect(parseIssueReference("LINEAR", input)).toBe(key);
  });

  it.each([
    "ENG",
    "ENG-",
    "ENG_X-1",
    "https://linear.app/acme/project/roadmap-123",
    "https://example.com/acme/issue/ENG-123/slug",
    "https://linear.app/acme/issue/ENG-123/slug/extra",
    "see ENG-123",
  ])("rejects %j", (input) => {
    expect(parseIssueReference("LINEAR", input)).toBeNull();
  });
});
