/// <reference lib="dom" />
/**
 * Where the page keeps its session token: the page's own localStorage, or
 * memory when the browser refuses storage (some block it in third-party
 * iframes); then the session lasts as long as the page.
 */

const KEY = "policy-assistant.web-session";

/** Get, set and clear the token. */
export function tokenStore(): { get(): string | null; set(token: string): void; clear(): void } {
  let memory: string | null = null;
  const storage = (() => {
    try {
      const s = window.localStorage;
      s.setItem(`${KEY}.probe`, "1");
      s.removeItem(`${KEY}.probe`);
      return s;
    } catch {
      return null;
    }
  })();
  return {
    get: () => (storage ? storage.getItem(KEY) : memory),
    set: (token) => (storage ? storage.setItem(KEY, token) : void (memory = token)),
    clear: () => (storage ? storage.removeItem(KEY) : void (memory = null)),
  };
}
