import type { MikroORM } from "@mikro-orm/postgresql";
import type { Express, RequestHandler } from "express";
import { Feed } from "feed";
import type { Config } from "../config.js";
import { ChangelogEntry } from "./changelog.entity.js";
import { listPublished } from "./changelog.service.js";

/** How many of the newest published entries a feed carries. */
export const FEED_ENTRIES = 50;

const FORMATS = {
  "/changelog.atom": { contentType: "application/atom+xml; charset=utf-8", render: (feed: Feed) => feed.atom1() },
  "/changelog.rss": { contentType: "application/rss+xml; charset=utf-8", render: (feed: Feed) => feed.rss2() },
  "/changelog.json": { contentType: "application/feed+json; charset=utf-8", render: (feed: Feed) => feed.json1() },
} as const;

export const entryUrl = (config: Config, entry: Pick<ChangelogEntry, "id">) => `${config.publicUrl}/changelog/${entry.id}`;

/** The published changelog as one feed object; `updated` is the newest entry's, so an unchanged changelog renders byte for byte the same. */
async function changelogFeed(orm: MikroORM, config: Config): Promise<Feed> {
  const em = orm.em.fork();
  const { entries } = await listPublished(em, {}, 0, FEED_ENTRIES);
  await em.populate(entries, ["category", "author"]);
  const feed = new Feed({
    title: "Changelog",
    description: "What shipped, announced by the product team.",
    id: `${config.publicUrl}/changelog`,
    link: `${config.publicUrl}/changelog`,
    // An empty changelog has no moment of its own; the epoch keeps its rendering stable too.
    updated: entries.reduce((newest, entry) => (entry.updatedAt > newest ? entry.updatedAt : newest), new Date(0)),
    generator: "Roundtrip",
    feedLinks: Object.fromEntries(Object.keys(FORMATS).map((path) => [path.split(".")[1], `${config.publicUrl}${path}`])),
  });
  for (const entry of entries) {
    feed.addItem({
      title: entry.title,
      id: entryUrl(config, entry),
      link: entryUrl(config, entry),
      date: entry.updatedAt,
      published: entry.publishedAt!,
      category: [{ name: entry.category.name, term: entry.category.name }],
      content: entry.bodyHtml,
      ...(entry.author ? { author: [{ name: entry.author.displayName }] } : {}),
      ...(entry.coverImageUrl ? { image: entry.coverImageUrl } : {}),
    });
  }
  return feed;
}

/**
 * Atom, RSS 2.0 and JSON Feed of the published changelog, for feed readers. Express' send() answers
 * with an ETag of the body and 304 for a reader that already has it; Last-Modified is the newest
 * entry's change. Public data, so any origin may read it.
 */
export function mountChangelogFeeds(app: Express, deps: { orm: MikroORM; config: Config }): void {
  for (const [path, format] of Object.entries(FORMATS)) {
    const serve: RequestHandler = async (_req, res, next) => {
      try {
        const feed = await changelogFeed(deps.orm, deps.config);
        res.set({
          "Content-Type": format.contentType,
          "Cache-Control": "public, max-age=300",
          "Access-Control-Allow-Origin": "*",
          "Last-Modified": feed.options.updated!.toUTCString(),
        });
        res.send(format.render(feed));
      } catch (error) {
        next(error);
      }
    };
    app.get(path, serve);
  }
}
