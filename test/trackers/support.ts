import type { Config } from "../../server/config.js";
import { Role } from "../../server/members/role.js";
import { buildMember, buildPost, type SignedInMember } from "../factories/index.js";
import { startFakeJira, type FakeJira } from "../fakes/fake-jira.js";
import { startFakeLinear, type FakeLinear } from "../fakes/fake-linear.js";
import type { SignedDelivery } from "../fakes/http-fake.js";
import { eventually } from "../support/eventually.js";
import { startTestApp, type TestApp } from "../support/test-app.js";
import { shipWithoutChangelog } from "../support/changelog-settings.js";

export interface TrackerWorld {
  app: TestApp;
  admin: SignedInMember;
  manager: SignedInMember;
  member: SignedInMember;
  jira: FakeJira;
  linear: FakeLinear;
  jiraConnectionId: string;
  linearConnectionId: string;
  close(): Promise<void>;
}

export const CREATE_CONNECTION = `mutation($kind: TrackerKind!, $input: TrackerConnectionInput!) {
  createTrackerConnection(kind: $kind, input: $input) { id kind name webhookUrl hasWebhookSecret }
}`;

/** The app, one fake of each tracker, and a connection to each (created over GraphQL by an admin). */
export async function startTrackerWorld(overrides: Partial<Config> = {}): Promise<TrackerWorld> {
  const app = await startTestApp(overrides);
  const [jira, linear] = await Promise.all([startFakeJira(), startFakeLinear()]);
  const admin = await buildMember(app, { role: Role.ADMIN });
  const manager = await buildMember(app, { role: Role.MANAGER });
  const member = await buildMember(app, { role: Role.MEMBER });
  await shipWithoutChangelog(manager);
  const jiraConnection = await admin.client.ok(CREATE_CONNECTION, {
    kind: "JIRA",
    input: { name: "Jira", baseUrl: jira.url, email: jira.email, apiToken: jira.apiToken, projectKey: jira.projectKey, issueType: "Task", webhookSecret: jira.webhookSecret },
  });
  const linearConnection = await admin.client.ok(CREATE_CONNECTION, {
    kind: "LINEAR",
    input: { name: "Linear", apiToken: linear.apiKey, teamId: linear.team.id, apiUrl: linear.apiUrl, webhookSecret: linear.webhookSecret },
  });
  return {
    app, admin, manager, member, jira, linear,
    jiraConnectionId: jiraConnection.createTrackerConnection.id,
    linearConnectionId: linearConnection.createTrackerConnection.id,
    async close() {
      await app.close();
      await Promise.all([jira.close(), linear.close()]);
    },
  };
}

export const LINKS = `query($id: ID!) { post(id: $id) { status trackerProgress { total done rule }
  trackerLinks { id state issueKey issueUrl trackerStateName mappedStatus lastError connection { kind } } } }`;

export interface LinkView {
  id: string;
  state: string;
  issueKey: string | null;
  issueUrl: string | null;
  trackerStateName: string | null;
  mappedStatus: string | null;
  lastError: string | null;
}

/** Waits until the post's link (the first, or the one with `linkId`) has left PENDING. */
export async function settledLink(world: TrackerWorld, postId: string, linkId?: string): Promise<LinkView> {
  return eventually(async () => {
    const data = await world.manager.client.ok(LINKS, { id: postId });
    const link = (data.post.trackerLinks as LinkView[]).find((candidate) => !linkId || candidate.id === linkId);
    return link && link.state !== "PENDING" ? link : undefined;
  }, 15_000, "the tracker link to settle");
}

export async function createIssueFor(world: TrackerWorld, postId: string, connectionId: string): Promise<string> {
  const data = await world.manager.client.ok(
    `mutation($p: ID!, $c: ID!) { createTrackerIssue(postId: $p, connectionId: $c) { id state } }`,
    { p: postId, c: connectionId },
  );
  return data.createTrackerIssue.id;
}

export async function newPost(world: TrackerWorld, title = `Post ${Math.random().toString(36).slice(2, 8)}`) {
  return buildPost(world.app, { author: world.member.member, title });
}

export function sendWebhook(world: TrackerWorld, kind: "jira" | "linear", connectionId: string, delivery: SignedDelivery): Promise<Response> {
  return fetch(`${world.app.url}/webhooks/${kind}/${connectionId}`, { method: "POST", headers: delivery.headers, body: new Uint8Array(delivery.rawBody) });
}

export async function postStatus(world: TrackerWorld, postId: string): Promise<string> {
  return (await world.member.client.ok(`query($id: ID!) { post(id: $id) { status } }`, { id: postId })).post.status;
}
