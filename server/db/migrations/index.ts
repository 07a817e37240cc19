import { Migration20261125100426 } from "./Migration20261125100426.js";
import { Migration20261125102941 } from "./Migration20261125102941.js";
import { Migration20261125105000 } from "./Migration20261125105000.js";
import { Migration20261202035555 } from "./Migration20261202035555.js";
import { Migration20261202040100 } from "./Migration20261202040100.js";
import { Migration20261202040719 } from "./Migration20261202040719.js";
import { Migration20261202041100 } from "./Migration20261202041100.js";
import { Migration20261202043000 } from "./Migration20261202043000.js";
import { Migration20261202063050 } from "./Migration20261202063050.js";
import { Migration20261202063331 } from "./Migration20261202063331.js";
import { Migration20261202064026 } from "./Migration20261202064026.js";
import { Migration20261202064331 } from "./Migration20261202064331.js";
import { Migration20261202104226 } from "./Migration20261202104226.js";
import { Migration20261202142207 } from "./Migration20261202142207.js";
import { Migration20261202150801 } from "./Migration20261202150801.js";
import { Migration20261202171949 } from "./Migration20261202171949.js";
import { Migration20261202172100 } from "./Migration20261202172100.js";
import { Migration20261203064154 } from "./Migration20261203064154.js";
import { Migration20261203080725 } from "./Migration20261203080725.js";
import { Migration20261203092137 } from "./Migration20261203092137.js";
import { Migration20261203122933 } from "./Migration20261203122933.js";
import { Migration20261203120314 } from "./Migration20261203120314.js";
import { Migration20261203122945 } from "./Migration20261203122945.js";
import { Migration20261203122908 } from "./Migration20261203122908.js";
import { Migration20261203094500 } from "./Migration20261203094500.js";
import { Migration20261202144125 } from "./Migration20261202144125.js";
import { Migration20261203121807 } from "./Migration20261203121807.js";

/**
 * Migrations in order. Listed explicitly (not globbed) so tsx, vitest and compiled JS all load the
 * same classes; `npm run migration:create` writes a new file, which is then added here.
 */
export const migrationsList = [
  { name: "Migration20261125100426", class: Migration20261125100426 },
  { name: "Migration20261125102941", class: Migration20261125102941 },
  { name: "Migration20261125105000", class: Migration20261125105000 },
  { name: "Migration20261202035555", class: Migration20261202035555 },
  { name: "Migration20261202040100", class: Migration20261202040100 },
  { name: "Migration20261202040719", class: Migration20261202040719 },
  { name: "Migration20261202041100", class: Migration20261202041100 },
  { name: "Migration20261202043000", class: Migration20261202043000 },
  { name: "Migration20261202063050", class: Migration20261202063050 },
  { name: "Migration20261202063331", class: Migration20261202063331 },
  { name: "Migration20261202064026", class: Migration20261202064026 },
  { name: "Migration20261202064331", class: Migration20261202064331 },
  { name: "Migration20261202104226", class: Migration20261202104226 },
  { name: "Migration20261202142207", class: Migration20261202142207 },
  { name: "Migration20261202150801", class: Migration20261202150801 },
  { name: "Migration20261202144125", class: Migration20261202144125 },
  { name: "Migration20261202171949", class: Migration20261202171949 },
  { name: "Migration20261202172100", class: Migration20261202172100 },
  { name: "Migration20261203064154", class: Migration20261203064154 },
  { name: "Migration20261203080725", class: Migration20261203080725 },
  { name: "Migration20261203092137", class: Migration20261203092137 },
  { name: "Migration20261203094500", class: Migration20261203094500 },
  { name: "Migration20261203120314", class: Migration20261203120314 },
  { name: "Migration20261203121807", class: Migration20261203121807 },
  { name: "Migration20261203122933", class: Migration20261203122933 },
  { name: "Migration20261203122945", class: Migration20261203122945 },
  { name: "Migration20261203122908", class: Migration20261203122908 },
];
