import { registerEnumType } from "type-graphql";

/** The languages the web app and the mails speak. */
export enum Language {
  EN = "EN",
  DE = "DE",
}

registerEnumType(Language, { name: "Language", description: "A language Roundtrip speaks (web app and mails)." });
