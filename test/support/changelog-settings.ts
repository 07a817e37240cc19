import type { SignedInMember } from "../factories/index.js";

/**
 * Suites about what a status or a tracker state means let done ship at once, as before shipping
 * could wait for the changelog (test/changelog covers the wait). `staff`: MANAGER, PRODUCT or ADMIN.
 */
export const shipWithoutChangelog = (staff: SignedInMember) =>
  staff.client.ok(`mutation { updateChangelogSettings(input: { shippingWaitsForChangelog: false }) { shippingWaitsForChangelog } }`);
