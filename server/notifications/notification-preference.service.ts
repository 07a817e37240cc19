import type { EntityManager } from "@mikro-orm/postgresql";
import type { Member } from "../members/member.entity.js";
import { isStaff } from "../members/role.js";
import { badInput, forbidden } from "../shared/errors.js";
import { InputReason } from "../shared/input-rules.js";
import { DEFAULT_CHANNELS, NotificationCategory, STAFF_CATEGORIES, type Channels, type EmailCadence } from "./notification-category.js";
import { DEFAULT_SETTINGS, NotificationPreference, NotificationSettings } from "./notification-preference.entity.js";

export interface CategoryChoice extends Channels {
  category: NotificationCategory;
}

export interface Preferences {
  categories: CategoryChoice[];
  emailCadence: EmailCadence;
  digestHour: number;
  timeZone: string;
  allChangelogEntries: boolean;
}

export interface PreferencesChange {
  categories?: CategoryChoice[] | null;
  emailCadence?: EmailCadence | null;
  digestHour?: number | null;
  timeZone?: string | null;
  allChangelogEntries?: boolean | null;
}

/** The categories a member can receive at all: staff also hear about new posts in boards they watch. */
export const categoriesFor = (member: Member): NotificationCategory[] =>
  Object.values(NotificationCategory).filter((category) => !STAFF_CATEGORIES.includes(category) || isStaff(member.role));

export async function preferencesOf(em: EntityManager, member: Member): Promise<Preferences> {
  const [choices, settings] = await Promise.all([
    em.find(NotificationPreference, { member }),
    em.findOne(NotificationSettings, { member }),
  ]);
  return {
    categories: categoriesFor(member).map((category) => {
      const own = choices.find((choice) => choice.category === category);
      return { category, ...(own ? { inApp: own.inApp, email: own.email } : DEFAULT_CHANNELS[category]) };
    }),
    emailCadence: settings?.emailCadence ?? DEFAULT_SETTINGS.emailCadence,
    digestHour: settings?.digestHour ?? DEFAULT_SETTINGS.digestHour,
    timeZone: settings?.timeZone ?? DEFAULT_SETTINGS.timeZone,
    allChangelogEntries: settings?.allChangelogEntries ?? DEFAULT_SETTINGS.allChangelogEntries,
  };
}

/** Intl knows every IANA zone (and its aliases); anything it refuses would break the digest schedule. */
function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Saves what the member changed; categories left out keep their current choice. */
export async function updatePreferences(em: EntityManager, member: Member, change: PreferencesChange): Promise<Preferences> {
  if (change.timeZone != null && !isTimeZone(change.timeZone)) {
    throw badInput("timeZone", InputReason.INVALID_TIME_ZONE, "timeZone: not a time zone this server knows (use an IANA name such as Europe/Berlin).");
  }
  const allowed = categoriesFor(member);
  for (const choice of change.categories ?? []) {
    if (!allowed.includes(choice.category)) throw forbidden(`receive ${choice.category} notifications`);
  }
  await em.transactional(async (tx) => {
    for (const choice of change.categories ?? []) {
      await tx.upsert(NotificationPreference, { member, category: choice.category, inApp: choice.inApp, email: choice.email });
    }
    const settingsChange = [change.emailCadence, change.digestHour, change.timeZone, change.allChangelogEntries];
    if (settingsChange.some((value) => value != null)) {
      const current = (await tx.findOne(NotificationSettings, { member })) ?? tx.create(NotificationSettings, { member });
      if (change.emailCadence != null) current.emailCadence = change.emailCadence;
      if (change.digestHour != null) current.digestHour = change.digestHour;
      if (change.timeZone != null) current.timeZone = change.timeZone;
      if (change.allChangelogEntries != null) current.allChangelogEntries = change.allChangelogEntries;
    }
  });
  return preferencesOf(em.fork(), member);
}

/** One category's e-mail off, as the unsubscribe link and the one-click POST ask. */
export async function turnOffEmail(em: EntityManager, member: Member, category: NotificationCategory): Promise<void> {
  const inApp = (await em.findOne(NotificationPreference, { member, category }))?.inApp ?? DEFAULT_CHANNELS[category].inApp;
  await em.upsert(NotificationPreference, { member, category, inApp, email: false });
}
