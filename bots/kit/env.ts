/** Building blocks of configuration slices: the same rules for every variable of every channel and of the server. */
import * as z from "zod";

/** A variable that is absent or a non-empty string (surrounding spaces trimmed). */
export const optionalString = z.string().trim().min(1).optional();

/** An optional URL; the message names the variable. */
export const url = (name: string) => z.string().trim().url({ message: `${name} must be a URL such as https://example.com/path` }).optional();
