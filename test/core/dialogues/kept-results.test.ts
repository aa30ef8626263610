/**
 * "Keep my results": the choice on the results card gives a link to a kept
 * page when the service can keep results (PUBLIC_URL), and the plain-text
 * summary when it cannot; `/forget` deletes the page.
 */
import { describe, expect, it } from "vitest";
import { Conversations } from "../../../core/dialogues/conversations.ts";
import { KeptResults, readKeptPage } from "../../../core/dialogues/kept-results.ts";
import type { Reply } from "../../../core/dialogues/types.ts";
import { formatCny } from "../../../core/i18n/format.ts";
import { t } from "../../../core/i18n/messages/index.ts";
import { MemoryStore } from "../../../core/store/memory-store.ts";
import { SessionStore } from "../../../core/store/session-store.ts";
import { forgetUser, keptIndexKeyOf, USER_KEY_FAMILIES } from "../../../core/store/user-keys.ts";
import { ANSWERS_ZH, runScript, SCRIPT_TODAY, textOf } from "../../helpers/conversation-script.ts";

async function checkedUser(keep?: (store: MemoryStore) => KeptResults) {
  const store = new MemoryStore();
  const conversations = new Conversations({ sessions: new SessionStore(store), today: () => SCRIPT_TODAY, ...(keep ? { keptResults: keep(store) } : {}) });
  const user = "telegram:4242";
  const send = async (text: string): Promise<string> => textOf(await conversations.handle(user, { kind: "text", text }));
  await send("你好");
  await runScript(send, ANSWERS_ZH, "zh", "/check");
  const card = (await conversations.handle(user, { kind: "command", name: "results" })).find((r) => r.kind === "result")!;
  return { store, conversations, user, card: card as Extract<Reply, { kind: "result" }> };
}

describe("keep my results", () => {
  it("is offered on the results card", async () => {
    const { conversations, user } = await checkedUser();
    const replies = await conversations.handle(user, { kind: "command", name: "results" });
    const choices = replies.flatMap((r) => (r.kind === "choices" ? r.choices : []));
    expect(choices).toContainEqual({ id: "k:results", label: t("zh", "results.keep") });
  });

  it("gives the plain-text summary, with the total, when results cannot be kept", async () => {
    const { conversations, user, card } = await checkedUser();
    const replies = await conversations.handle(user, { kind: "choice", id: "k:results" });
    expect(replies[0]!.text).toContain(t("zh", "keep.text"));
    expect(replies[0]!.text).toContain(card.total);
    expect(replies.at(-1)!.kind).toBe("choices");
  });

  it("gives a link to a page holding the same card when PUBLIC_URL is set, and /forget deletes the page", async () => {
    const { store, conversations, user, card } = await checkedUser((s) => new KeptResults(s, "https://chat.example.org/"));
    const replies = await conversations.handle(user, { kind: "choice", id: "k:results" });
    const link = /https:\/\/chat\.example\.org\/results\?id=([A-Za-z0-9_-]{24})/.exec(replies[0]!.text);
    expect(link).not.toBeNull();
    expect(replies[0]!.text).not.toContain(card.total);
    const page = await readKeptPage(store, link![1]!);
    expect(page?.card.totalCNY).toBe(card.totalCNY);
    expect(page?.card.total).toBe(formatCny(card.totalCNY, "zh"));

    await conversations.handle(user, { kind: "command", name: "forget" });
    expect(await readKeptPage(store, link![1]!)).toBeNull();
    expect(await store.get(keptIndexKeyOf(user))).toBeNull();
  });

  it("keeps one page per user: keeping again replaces the earlier page", async () => {
    const { store, conversations, user } = await checkedUser((s) => new KeptResults(s, "https://chat.example.org"));
    const idOf = async () => /results\?id=(\S{24})/.exec((await conversations.handle(user, { kind: "choice", id: "k:results" }))[0]!.text)![1]!;
    const first = await idOf();
    const second = await idOf();
    expect(second).not.toBe(first);
    expect(await readKeptPage(store, first)).toBeNull();
    expect(await readKeptPage(store, second)).not.toBeNull();
  });

  it("is one of the families /forget deletes, page included", async () => {
    const store = new MemoryStore();
    const keeper = new KeptResults(store, "https://x.example");
    const { card } = await checkedUser();
    const { url } = await keeper.keep("web:abc", "en", card);
    expect(USER_KEY_FAMILIES.map((f) => f.name)).toContain("kept results page");
    await forgetUser(store, "web:abc");
    expect(await readKeptPage(store, new URL(url).searchParams.get("id")!)).toBeNull();
  });

  it("refuses ids that are not of its shape without reading the store", async () => {
    const store = new MemoryStore();
    for (const id of ["", "../session", "a".repeat(23), "a".repeat(25), "kept:{web:1}"]) expect(await readKeptPage(store, id)).toBeNull();
  });
});
