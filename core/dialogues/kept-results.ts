/**
 * Results a user can keep: the results card stored under an unguessable id,
 * for a results page at `<PUBLIC_URL>/results?id=<id>`. The page expires
 * with the session (same lifetime, from when it is kept), one page per user
 * (keeping again replaces it), and `/forget` deletes it: the user's pointer
 * to it is a family of `core/store/user-keys.ts`.
 */
import { randomBytes } from "node:crypto";
import { isLang, type Lang } from "../i18n/langs.ts";
import type { KeyValueStore } from "../store/key-value-store.ts";
import { SESSION_TTL_SECONDS } from "../store/session-store.ts";
import { keptIndexKeyOf, keptPageKeyOf } from "../store/user-keys.ts";
import type { ResultReply } from "./types.ts";

/** A kept results page as stored. */
export interface KeptPage {
  lang: Lang;
  card: ResultReply;
  /** ISO timestamp when it is deleted. */
  expires: string;
}

/** The shape of a page id: 24 base64url characters (144 random bits). */
const ID = /^[A-Za-z0-9_-]{24}$/;

/** Keeps results pages in the key-value store and makes their links. */
export class KeptResults {
  readonly #store: KeyValueStore;
  readonly #base: string;
  readonly #ttlSeconds: number;
  readonly #now: () => Date;

  /** `publicUrl` is where the service is reached from outside (`PUBLIC_URL`). */
  constructor(store: KeyValueStore, publicUrl: string, options: { ttlSeconds?: number; now?: () => Date } = {}) {
    this.#store = store;
    this.#base = publicUrl.replace(/\/*$/, "/");
    this.#ttlSeconds = options.ttlSeconds ?? SESSION_TTL_SECONDS;
    this.#now = options.now ?? (() => new Date());
  }

  /** Stores `card` as the user's kept page (replacing any earlier one); its link and expiry. */
  async keep(userKey: string, lang: Lang, card: ResultReply): Promise<{ url: string; expires: string }> {
    const index = keptIndexKeyOf(userKey);
    const earlier = await this.#store.get(index);
    if (earlier !== null) await this.#store.delete(keptPageKeyOf(earlier));
    const id = randomBytes(18).toString("base64url");
    const expires = new Date(this.#now().getTime() + this.#ttlSeconds * 1000).toISOString();
    const page: KeptPage = { lang, card, expires };
    await this.#store.set(keptPageKeyOf(id), JSON.stringify(page), this.#ttlSeconds);
    await this.#store.set(index, id, this.#ttlSeconds);
    return { url: `${this.#base}results?id=${id}`, expires };
  }
}

/** The kept page with id `id`, or null when the id is malformed, expired, forgotten or unreadable. */
export async function readKeptPage(store: Pick<KeyValueStore, "get">, id: string): Promise<KeptPage | null> {
  if (!ID.test(id)) return null;
  const raw = await store.get(keptPageKeyOf(id));
  if (raw === null) return null;
  try {
    const page = JSON.parse(raw) as KeptPage;
    return isLang(page.lang) && page.card?.kind === "result" ? page : null;
  } catch {
    return null;
  }
}
