/**
 * Bulk seeding for the benchmarks: multi-row INSERTs straight through the ORM's knex (no entities, no
 * flush), deterministic text from a seeded PRNG so every run searches the same corpus.
 */
import type { MikroORM } from "@mikro-orm/postgresql";
import { randomUUID } from "node:crypto";
import { seededRandom, type Random } from "../../server/db/seeded-random.js";

/** Common product-feedback words first (they get the most frequent Zipf ranks), then made-up words as the long tail. */
const REAL_WORDS = (
  "export import csv dashboard report dark mode notification email digest search filter sort mobile android ios " +
  "offline sync login password passkey sso saml webhook api sdk python javascript integration slack calendar invoice " +
  "billing payment subscription team permission role admin audit log timeline comment mention attachment upload image " +
  "video pdf print keyboard shortcut accessibility contrast font language translation german french spanish timezone " +
  "date format chart graph widget template workflow automation rule trigger schedule reminder task project label " +
  "priority deadline archive delete restore history version backup performance slow crash error broken button page " +
  "loading scroll layout table column row bulk edit share link public private privacy security encryption token session"
).split(" ");

function buildVocabulary(random: Random, size: number): string[] {
  const onsets = ["b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "tr", "st", "pl", "gr", "sk"];
  const vowels = ["a", "e", "i", "o", "u", "ai", "ou"];
  const codas = ["", "", "n", "r", "l", "x", "m", "s"];
  const words = new Set(REAL_WORDS);
  const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)];
  while (words.size < size) {
    const syllables = 2 + Math.floor(random() * 2);
    let word = "";
    for (let i = 0; i < syllables; i++) word += pick(onsets) + pick(vowels);
    words.add(word + pick(codas));
  }
  return [...words];
}

/** Samples vocabulary indexes with Zipf(s = 1) frequencies, like words in real text. */
function zipfSampler(random: Random, size: number): () => number {
  const cumulative = new Float64Array(size);
  let total = 0;
  for (let rank = 0; rank < size; rank++) cumulative[rank] = total += 1 / (rank + 1);
  return () => {
    const target = random() * total;
    let low = 0;
    let high = size - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle] < target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
}

export interface Community {
  boardIds: string[];
  tagIds: string[];
  /** Members who wrote and voted on the seeded posts. */
  authorIds: string[];
  vocabulary: string[];
  random: Random;
  nextWord: () => string;
}

type Rows = Record<string, unknown>[];

/** Multi-row INSERTs (a few thousand parameters each) in one transaction. */
async function bulkInsert(orm: MikroORM, tables: [table: string, rows: Rows, chunk: number][]): Promise<void> {
  await orm.em.getConnection().getKnex().transaction(async (trx) => {
    for (const [table, rows, chunk] of tables) {
      for (let start = 0; start < rows.length; start += chunk) await trx(table).insert(rows.slice(start, start + chunk));
    }
  });
}

/** Members inserted directly (their password hash is a placeholder: nobody logs in with a password here). */
export async function insertMembers(orm: MikroORM, count: number, prefix: string): Promise<string[]> {
  const rows = Array.from({ length: count }, (_, index) => ({
    id: randomUUID(),
    email: `${prefix}-${index}@bench.invalid`,
    display_name: `${prefix} ${index}`,
    password_hash: "not-a-password-hash",
    role: "MEMBER",
  }));
  await bulkInsert(orm, [["member", rows, 1000]]);
  return rows.map((row) => row.id);
}

export async function seedCommunity(orm: MikroORM, options: { seed: number; authors: number; boards: number; tags: number }): Promise<Community> {
  const random = seededRandom(options.seed);
  const vocabulary = buildVocabulary(random, 1200);
  const sample = zipfSampler(random, vocabulary.length);
  const boards = Array.from({ length: options.boards }, (_, index) => ({ id: randomUUID(), slug: `bench-${index}`, name: `Bench board ${index}` }));
  const tags = Array.from({ length: options.tags }, (_, index) => ({ id: randomUUID(), name: `bench-tag-${String(index).padStart(2, "0")}` }));
  await bulkInsert(orm, [
    ["board", boards, 1000],
    ["tag", tags, 1000],
  ]);
  const authorIds = await insertMembers(orm, options.authors, "author");
  return {
    boardIds: boards.map((board) => board.id),
    tagIds: tags.map((tag) => tag.id),
    authorIds,
    vocabulary,
    random,
    nextWord: () => vocabulary[sample()],
  };
}

const STATUSES: [status: string, weight: number][] = [
  ["OPEN", 0.6],
  ["UNDER_REVIEW", 0.15],
  ["PLANNED", 0.1],
  ["IN_PROGRESS", 0.05],
  ["SHIPPED", 0.07],
  ["DECLINED", 0.03],
];

/**
 * Inserts `count` posts with tags and votes (vote_count kept equal to the vote rows). The viewer, when
 * given, votes on about `viewerVoteShare` of them so `viewerHasVoted` has both answers. Returns the titles
 * in insertion order (deterministic for a given seed).
 */
export async function seedPosts(
  orm: MikroORM,
  community: Community,
  options: { count: number; viewerId?: string; viewerVoteShare?: number },
): Promise<string[]> {
  const { random, nextWord } = community;
  const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)];
  const words = (min: number, max: number) => Array.from({ length: min + Math.floor(random() * (max - min + 1)) }, nextWord).join(" ");
  const now = Date.now();
  const posts: Rows = [];
  const postTags: Rows = [];
  const votes: Rows = [];
  const titles: string[] = [];

  for (let index = 0; index < options.count; index++) {
    const id = randomUUID();
    const createdAt = new Date(now - Math.floor(random() * 365 * 86_400_000));
    const title = words(4, 9);
    const capitalized = (title.charAt(0).toUpperCase() + title.slice(1)).slice(0, 160);
    titles.push(capitalized);
    const kindRoll = random();
    const kind = kindRoll < 0.7 ? "IDEA" : kindRoll < 0.9 ? "BUG" : "USABILITY";
    let statusRoll = random();
    const status = STATUSES.find(([, weight]) => (statusRoll -= weight) < 0)?.[0] ?? "OPEN";

    // Heavy-tailed vote counts from distinct authors (a contiguous run of the author list).
    const voterIds = new Set<string>();
    const voteTotal = Math.floor(16 * random() ** 3);
    const offset = Math.floor(random() * community.authorIds.length);
    for (let v = 0; v < voteTotal; v++) voterIds.add(community.authorIds[(offset + v) % community.authorIds.length]);
    if (options.viewerId && random() < (options.viewerVoteShare ?? 0)) voterIds.add(options.viewerId);
    for (const memberId of voterIds) {
      votes.push({ id: randomUUID(), post_id: id, member_id: memberId, created_at: new Date(createdAt.getTime() + Math.floor(random() * (now - createdAt.getTime()))) });
    }

    posts.push({
      id,
      board_id: pick(community.boardIds),
      author_id: pick(community.authorIds),
      kind,
      title: capitalized,
      body: words(15, 60),
      bug_steps_to_reproduce: kind === "BUG" ? words(6, 15) : null,
      bug_expected: kind === "BUG" ? words(3, 8) : null,
      bug_actual: kind === "BUG" ? words(3, 8) : null,
      bug_environment: kind === "BUG" ? "" : null,
      bug_severity: kind === "BUG" ? pick(["LOW", "MEDIUM", "HIGH", "CRITICAL"]) : null,
      usability_location: kind === "USABILITY" ? "/settings" : null,
      usability_goal: kind === "USABILITY" ? words(4, 10) : null,
      usability_obstacle: kind === "USABILITY" ? words(4, 10) : null,
      status,
      vote_count: voterIds.size,
      created_at: createdAt,
      updated_at: createdAt,
    });

    const tagCount = Math.floor(random() * 4);
    const tagOffset = Math.floor(random() * community.tagIds.length);
    for (let t = 0; t < tagCount; t++) postTags.push({ post_id: id, tag_id: community.tagIds[(tagOffset + t) % community.tagIds.length] });
  }

  await bulkInsert(orm, [
    ["post", posts, 500],
    ["post_tag", postTags, 5000],
    ["vote", votes, 5000],
  ]);
  return titles;
}
