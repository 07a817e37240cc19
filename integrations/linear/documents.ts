// Our own GraphQL documents for issue reads and creation. The SDK's Issue model selects
// `state { id }` only and loads the state lazily (`await issue.state`), one extra request
// per issue; selecting `state { id name type }` here gets everything in one round trip,
// which matters when polling many issues. They are sent through the SDK's own client
// (`client.client.rawRequest`), so auth and error parsing stay the SDK's.

const ISSUE_FIELDS = /* GraphQL */ `
  fragment RoundtripIssueFields on Issue {
    id
    identifier
    url
    title
    description
    createdAt
    updatedAt
    state { id name type }
  }
`;

export const CREATE_ISSUE = /* GraphQL */ `
  mutation RoundtripCreateIssue($input: IssueCreateInput!) {
    issueCreate(input: $input) { success issue { ...RoundtripIssueFields } }
  }
  ${ISSUE_FIELDS}
`;

export const GET_ISSUE = /* GraphQL */ `
  query RoundtripGetIssue($id: String!) {
    issue(id: $id) { ...RoundtripIssueFields }
  }
  ${ISSUE_FIELDS}
`;

export const LIST_ISSUES = /* GraphQL */ `
  query RoundtripListIssues($filter: IssueFilter, $first: Int, $after: String) {
    issues(filter: $filter, first: $first, after: $after) {
      nodes { ...RoundtripIssueFields }
      pageInfo { hasNextPage endCursor }
    }
  }
  ${ISSUE_FIELDS}
`;

export interface IssueNode {
  id: string;
  identifier: string;
  url: string;
  title: string;
  description: string | null;
  createdAt: string;
  updatedAt: string;
  state: { id: string; name: string; type: string } | null;
}

export interface CreateIssueData {
  issueCreate: { success: boolean; issue: IssueNode | null };
}

export interface GetIssueData {
  issue: IssueNode | null;
}

export interface ListIssuesData {
  issues: { nodes: IssueNode[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}
