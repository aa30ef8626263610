/**
 * Building blocks of configuration slices: the same rules for every variable
 * of every channel and of the server.
 *
 * The configuration is checked once, at start-up, before the service listens,
 * so its schemas use `zod/mini`: the same checks as zod's classic API, built
 * from functions rather than methods, which makes them about half as costly to
 * load and build. (The JSON API's request schemas, which zod-openapi documents,
 * stay on the classic API; both share zod's core.)
 */
import * as z from "zod/mini";
import { en } from "zod/locales";

// zod/mini sets no locale of its own: without this, a check with no message of ours would say only
// "Invalid input". (Classic zod, loaded later for the API, keeps a locale that is already set.)
z.config(en());

/** A variable that is absent or a non-empty string (surrounding spaces trimmed). */
export const optionalString = z.optional(z.string().check(z.trim(), z.minLength(1)));

/** An optional URL; the message names the variable. */
export const url = (name: string) => z.optional(z.string().check(z.trim(), z.url({ message: `${name} must be a URL such as https://example.com/path` })));

/** A whole number of at least `min` (and at most `max`, when given), from a string; every message names the variable and says what it holds. */
export const wholeNumber = (name: string, what: string, min: number, max?: number) =>
  z.coerce.number({ message: `${name} must be ${what}` }).check(
    z.int({ message: `${name} must be ${what}` }),
    z.minimum(min, { message: `${name} must be at least ${min}` }),
    ...(max === undefined ? [] : [z.maximum(max, { message: `${name} must be at most ${max}` })]),
  );

/** Adds a refinement to `schema`: its message when `ok` is false for the (parsed) value. */
export const refined = <T extends z.ZodMiniType>(schema: T, ok: (value: z.output<T>) => boolean, message: string): T => schema.check(z.refine(ok, { message })) as T;
