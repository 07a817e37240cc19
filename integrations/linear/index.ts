// Linear, as the registry sees it.
import { LIMITS } from "../../server/shared/input-rules.js";
import type { TrackerDefinition } from "../registry.js";
import { onFirstUse } from "../on-first-use.js";
import type { LinearConnectionConfig } from "../tracker.js";
import { parseLinearReference } from "./references.js";
import { verifyLinearWebhook } from "./webhook.js";

export const linear: TrackerDefinition<LinearConnectionConfig> = {
  kind: "LINEAR",
  name: "Linear",
  addLabel: { en: "Add Linear team", de: "Linear-Team hinzufügen" },
  webhookHelp: {
    en: "In Linear: Settings → API → Webhooks → New webhook. Paste this URL, choose “Issues”, then copy Linear’s signing secret into “Webhook secret”.",
    de: "In Linear: Settings → API → Webhooks → New webhook. Diese URL einfügen, „Issues“ wählen und Linears Signing Secret als „Webhook-Geheimnis“ eintragen.",
  },
  categoryMeaning: "Linear workflow state type (triage, backlog, unstarted, started, completed, canceled, duplicate).",
  settings: [
    {
      key: "teamId",
      label: { en: "Team ID", de: "Team-ID" },
      hint: { en: "The Linear team’s ID or key, e.g. ENG.", de: "ID oder Schlüssel des Linear-Teams, z. B. ENG." },
      required: true,
      maxLength: LIMITS.teamId.max,
    },
    {
      key: "apiToken",
      label: { en: "API key", de: "API-Schlüssel" },
      hint: { en: "Create one in Linear → Settings → Security & access → Personal API keys.", de: "Anlegen in Linear → Settings → Security & access → Personal API keys." },
      secret: true,
      required: true,
      maxLength: LIMITS.secret.max,
    },
    {
      key: "apiUrl",
      label: { en: "API URL", de: "API-URL" },
      hint: { en: "Only for a proxy in front of Linear’s API. Leave empty for api.linear.app.", de: "Nur für einen Proxy vor der Linear-API. Leer lassen für api.linear.app." },
      format: "url",
      maxLength: LIMITS.url.max,
      placeholder: "https://api.linear.app/graphql",
      advanced: true,
    },
  ],
  configFrom: (values) => ({ apiKey: values.apiToken!, teamId: values.teamId!, ...(values.apiUrl ? { apiUrl: values.apiUrl } : {}) }),
  create: (config) => onFirstUse("LINEAR", async () => new (await import("./linear-tracker.js")).LinearTracker(config)),
  verifyWebhook: verifyLinearWebhook,
  parseIssueReference: parseLinearReference,
  defaultStatusByCategory: {
    triage: null,
    backlog: "PLANNED",
    unstarted: "PLANNED",
    started: "IN_PROGRESS",
    completed: "SHIPPED",
    canceled: null,
    duplicate: null,
  },
};
