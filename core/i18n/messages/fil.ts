/** UI strings: placeholder until translated (the completeness test fails while it still holds English). */
import { en, type Catalog } from "./en.ts";

export const fil: Catalog = { ...en };
