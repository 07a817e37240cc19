// Jira Cloud and Data Center, as the registry sees them.
import { LIMITS } from "../../server/shared/input-rules.js";
import type { TrackerDefinition } from "../registry.js";
import { onFirstUse } from "../on-first-use.js";
import type { JiraConnectionConfig } from "../tracker.js";
import { parseJiraReference } from "./references.js";
import { verifyJiraWebhook } from "./webhook.js";

export const jira: TrackerDefinition<JiraConnectionConfig> = {
  kind: "JIRA",
  name: "Jira",
  addLabel: { en: "Add Jira project", de: "Jira-Projekt hinzufügen" },
  webhookHelp: {
    en: "In Jira: Settings → System → WebHooks → Create a WebHook. Paste this URL, tick “Issue: updated”, and use the same secret as here.",
    de: "In Jira: Einstellungen → System → WebHooks → WebHook erstellen. Diese URL einfügen, „Vorgang: aktualisiert“ wählen und dasselbe Geheimnis wie hier verwenden.",
  },
  categoryMeaning: "Jira status category key (new, indeterminate, done).",
  settings: [
    {
      key: "baseUrl",
      label: { en: "Site URL", de: "Website-URL" },
      hint: { en: "Your Jira address, e.g. https://your-company.atlassian.net.", de: "Deine Jira-Adresse, z. B. https://deine-firma.atlassian.net." },
      required: true,
      format: "url",
      maxLength: LIMITS.url.max,
      placeholder: "https://your-company.atlassian.net",
    },
    {
      key: "email",
      label: { en: "Account email", de: "Konto-E-Mail" },
      hint: { en: "Jira Cloud only. Leave empty for a Data Center personal access token.", de: "Nur Jira Cloud. Leer lassen für ein persönliches Zugriffstoken (Data Center)." },
      format: "email",
      maxLength: LIMITS.email.max,
    },
    {
      key: "projectKey",
      label: { en: "Project key", de: "Projektschlüssel" },
      hint: { en: "e.g. MOB", de: "z. B. MOB" },
      required: true,
      maxLength: LIMITS.projectKey.max,
      normalize: (value) => value.toUpperCase(),
    },
    {
      key: "issueType",
      label: { en: "Issue type", de: "Vorgangstyp" },
      hint: { en: "The type new issues get, e.g. Task or Bug.", de: "Der Typ neuer Tickets, z. B. Task oder Bug." },
      required: true,
      maxLength: LIMITS.issueType.max,
      initialValue: "Task",
    },
    {
      key: "apiToken",
      label: { en: "API token", de: "API-Token" },
      hint: { en: "Create one at id.atlassian.com → Security → API tokens.", de: "Anlegen unter id.atlassian.com → Sicherheit → API-Token." },
      secret: true,
      required: true,
      maxLength: LIMITS.secret.max,
    },
  ],
  configFrom: (values) => ({
    baseUrl: values.baseUrl!,
    email: values.email ?? null,
    apiToken: values.apiToken!,
    projectKey: values.projectKey!,
    issueType: values.issueType!,
  }),
  create: (config) => onFirstUse("JIRA", async () => new (await import("./jira-tracker.js")).JiraTracker(config)),
  verifyWebhook: verifyJiraWebhook,
  parseIssueReference: parseJiraReference,
  defaultStatusByCategory: { new: "PLANNED", indeterminate: "IN_PROGRESS", done: "SHIPPED" },
};
