/**
 * Managing boards and tags over the API: create with a description, rename, describe, archive,
 * reorder; the board list members see follows the order and leaves archived boards out; only
 * MANAGER and ADMIN may change any of it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../server/members/role.js";
import { buildMember } from "../factories/index.js";
import { codeOf } from "../support/graphql-client.js";
import { startTestApp, type TestApp } from "../support/test-app.js";

const CREATE_BOARD = `mutation($name: String!, $d: String!) { createBoard(input: { name: $name, description: $d }) { id name description position } }`;
const CREATE_TAG = `mutation($name: String!, $d: String!) { createTag(input: { name: $name, description: $d }) { id name description position } }`;

describe("boards and tags administration", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it("creates, reorders, describes and archives boards; members see the order without archived ones", async () => {
    const { client: manager } = await buildMember(app, { role: Role.MANAGER });
    const ids: Record<string, string> = {};
    for (const name of ["Alpha", "Beta", "Gamma"]) ids[name] = (await manager.ok(CREATE_BOARD, { name, d: `${name} things` })).createBoard.id;

    const reordered = await manager.ok(`mutation($ids: [ID!]!) { reorderBoards(ids: $ids) { name } }`, { ids: [ids.Gamma, ids.Alpha, ids.Beta] });
    expect(reordered.reorderBoards.map((b: { name: string }) => b.name)).toEqual(["Gamma", "Alpha", "Beta"]);
    await manager.ok(`mutation($id: ID!) { updateBoard(id: $id, input: { name: "Alpha One", description: "The first" }) { id } }`, { id: ids.Alpha });
    await manager.ok(`mutation($id: ID!) { updateBoard(id: $id, input: { archived: true }) { id } }`, { id: ids.Beta });

    const seen = await app.client().ok(`{ boards { name description } }`);
    expect(seen.boards).toEqual([{ name: "Gamma", description: "Gamma things" }, { name: "Alpha One", description: "The first" }]);
    // A new board goes to the end.
    expect((await manager.ok(CREATE_BOARD, { name: "Delta", d: "" })).createBoard.position).toBe(3);
    // An unknown id is refused and changes nothing.
    const unknown = await manager.request(`mutation($ids: [ID!]!) { reorderBoards(ids: $ids) { name } }`, { ids: [ids.Beta, "7d0e0e9a-0000-4000-8000-000000000000"] });
    expect(codeOf(unknown)).toBe("NOT_FOUND");
    expect((await app.client().ok(`{ boards { name } }`)).boards.map((b: { name: string }) => b.name)).toEqual(["Gamma", "Alpha One", "Delta"]);
  });

  it("creates, describes, reorders and archives tags", async () => {
    const { client: admin } = await buildMember(app, { role: Role.ADMIN });
    const a = (await admin.ok(CREATE_TAG, { name: "ux", d: "Usability" })).createTag;
    const b = (await admin.ok(CREATE_TAG, { name: "api", d: "" })).createTag;
    expect(a).toMatchObject({ name: "ux", description: "Usability" });
    await admin.ok(`mutation($ids: [ID!]!) { reorderTags(ids: $ids) { id } }`, { ids: [b.id, a.id] });
    await admin.ok(`mutation($id: ID!) { updateTag(id: $id, input: { description: "Public API", name: "public-api" }) { id } }`, { id: b.id });
    expect((await app.client().ok(`{ tags { name description } }`)).tags).toEqual([
      { name: "public-api", description: "Public API" },
      { name: "ux", description: "Usability" },
    ]);
    await admin.ok(`mutation($id: ID!) { updateTag(id: $id, input: { archived: true }) { id } }`, { id: a.id });
    expect((await app.client().ok(`{ tags { name } }`)).tags).toEqual([{ name: "public-api" }]);
  });

  it("refuses everyone below MANAGER", async () => {
    for (const role of [Role.MEMBER, Role.AMBASSADOR, Role.MODERATOR, Role.PRODUCT]) {
      const { client } = await buildMember(app, { role });
      expect(codeOf(await client.request(`mutation { reorderBoards(ids: []) { id } }`)), role).toBe("FORBIDDEN");
      expect(codeOf(await client.request(`mutation { reorderTags(ids: []) { id } }`)), role).toBe("FORBIDDEN");
    }
  });
});
