import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerDomainEventConsumer, type DomainEvent } from "../../server/events/domain-events.js";
import { Role } from "../../server/members/role.js";
import { Post } from "../../server/posts/post.entity.js";
import { changePostStatus } from "../../server/posts/post-status.service.js";
import { Status } from "../../server/posts/status.entity.js";
import { PostEventSource } from "../../server/timeline/post-event.entity.js";
import { buildMember, buildPost, type SignedInMember } from "../factories/index.js";
import { startTestApp, type TestApp } from "../support/test-app.js";
import { eventually } from "../support/eventually.js";

const SET_STATUS = `mutation($id: ID!, $status: PostStatus!) { setPostStatus(postId: $id, status: $status) { status } }`;

/** What a consumer saw: the event, and the post's status as a fresh transaction reads it. */
interface Seen {
  event: DomainEvent<"post.status-changed">;
  toStatus: string;
  committedStatus: string;
}

describe("domain events: one per status change, delivered once after commit", () => {
  let app: TestApp;
  let manager: SignedInMember;
  let author: SignedInMember;
  const seen: Seen[] = [];
  const unregister: Array<() => void> = [];
  const seenFor = (postId: string) => seen.filter((entry) => entry.event.postId === postId);

  beforeAll(async () => {
    app = await startTestApp();
    manager = await buildMember(app, { role: Role.MANAGER });
    author = await buildMember(app);
    unregister.push(registerDomainEventConsumer({
      name: "test.recorder",
      handles: ["post.status-changed"],
      async handle(em, event) {
        const [row]: { to_status: string; status: string }[] = await em.execute(
          `select e.to_status, p.status from post_event e join post p on p.id = e.post_id where e.id = ?`,
          [event.eventId],
        );
        seen.push({ event, toStatus: row.to_status, committedStatus: row.status });
      },
    }));
  });
  afterAll(async () => {
    for (const remove of unregister) remove();
    await app.close();
  });

  it("a manual change, a repeat of it, another change and a merge make three events, each seen after commit", async () => {
    const post = await buildPost(app, { author: author.member });
    const duplicate = await buildPost(app, { author: author.member });
    await manager.client.ok(SET_STATUS, { id: post.id, status: "PLANNED" });
    await manager.client.ok(SET_STATUS, { id: post.id, status: "PLANNED" }); // no change: no event
    await manager.client.ok(SET_STATUS, { id: post.id, status: "IN_PROGRESS" });
    await manager.client.ok(`mutation($d: ID!, $t: ID!) { mergePosts(duplicateId: $d, targetId: $t) { id } }`, { d: duplicate.id, t: post.id });

    await eventually(async () => seenFor(post.id).length === 2 && seenFor(duplicate.id).length === 1, 10_000, "three deliveries");
    expect(seenFor(post.id).map((entry) => entry.toStatus)).toEqual(["PLANNED", "IN_PROGRESS"]);
    expect(seenFor(duplicate.id).map((entry) => [entry.toStatus, entry.committedStatus])).toEqual([["DUPLICATE", "DUPLICATE"]]);
    // Delivered after commit: the consumer's own transaction already reads the new status.
    expect(seenFor(post.id)[0].committedStatus).not.toBe("OPEN");
    // Exactly one queued job per change (the repeat queued none).
    const jobs: { n: string }[] = await app.orm.em.fork().execute(
      `select count(*) as n from pgboss.job where name = 'post.status-changed' and data->>'postId' in (?, ?)`,
      [post.id, duplicate.id],
    );
    expect(Number(jobs[0].n)).toBe(3);
  });

  it("a change whose transaction rolls back is never delivered", async () => {
    const post = await buildPost(app, { author: author.member });
    await expect(app.orm.em.fork().transactional(async (tx) => {
      const loaded = await tx.findOneOrFail(Post, { id: post.id });
      const shipped = await tx.findOneOrFail(Status, { key: "SHIPPED" });
      await changePostStatus(tx, app.running.queue, loaded, shipped, { actor: null, source: PostEventSource.MANUAL });
      throw new Error("something later in the request failed");
    })).rejects.toThrow("something later");
    // A later change is delivered, and it is the only one: the rolled-back change left no job behind.
    await manager.client.ok(SET_STATUS, { id: post.id, status: "PLANNED" });
    await eventually(async () => seenFor(post.id).length > 0, 10_000, "the committed change");
    expect(seenFor(post.id).map((entry) => entry.event.name + ":" + entry.toStatus)).toEqual(["post.status-changed:PLANNED"]);
  });

  it("a job retried because one consumer failed does not deliver again to the consumer that handled it", async () => {
    const attempts = new Map<string, number>();
    unregister.push(registerDomainEventConsumer({
      name: "test.fails-once",
      handles: ["post.status-changed"],
      async handle(_em, event) {
        const attempt = (attempts.get(event.eventId) ?? 0) + 1;
        attempts.set(event.eventId, attempt);
        if (attempt === 1) throw new Error("the first attempt fails");
      },
    }));
    const post = await buildPost(app, { author: author.member });
    await manager.client.ok(SET_STATUS, { id: post.id, status: "UNDER_REVIEW" });
    const eventId = await eventually(async () => seenFor(post.id)[0]?.event.eventId, 10_000, "the first delivery");
    await eventually(async () => attempts.get(eventId) === 2, 25_000, "pg-boss to retry the job");
    expect(seenFor(post.id)).toHaveLength(1);
    const deliveries: { consumer: string }[] = await app.orm.em.fork().execute(
      `select consumer from domain_event_delivery where event_id = ? and consumer like 'test.%' order by consumer`,
      [eventId],
    );
    expect(deliveries.map((row) => row.consumer)).toEqual(["test.fails-once", "test.recorder"]);
  });
});
