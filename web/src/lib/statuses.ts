import type { StatusCategory, StatusFieldsFragment } from "../gql/graphql";
import { locale } from "./i18n.svelte";
import { session } from "./session.svelte";

/**
 * The workspace's statuses as the server defines them (Settings → Statuses): names in the member's
 * language, colours, categories. Reading these inside a template keeps it reactive.
 */
export type Status = StatusFieldsFragment;

export const statusOf = (key: string): Status | undefined => session.statuses.find((status) => status.key === key);

/** The name in the member's language; the key itself for a status this page does not know yet. */
export const statusName = (key: string): string => statusOf(key)?.names[locale()] ?? key;

export const activeStatuses = (): Status[] => session.statuses.filter((status) => !status.archivedAt);

/** What staff may choose for a post. */
export const settableStatuses = (): Status[] => session.statuses.filter((status) => status.settable);

/** The first status of a category that staff may choose (declining picks the first CLOSED one). */
export const firstSettableOf = (category: StatusCategory): Status | undefined => settableStatuses().find((status) => status.category === category);

export const roadmapStatuses = (): Status[] => activeStatuses().filter((status) => status.onRoadmap);
