import { describe, expect, it } from "vitest";
import { ChatQueue } from "../../../bots/kit/chat-queue.ts";

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

describe("ChatQueue", () => {
  it("runs the tasks of one chat one after the other, in arrival order", async () => {
    const q = new ChatQueue();
    const seen: string[] = [];
    q.run("1", async () => {
      await sleep(30);
      seen.push("first");
    });
    q.run("1", async () => {
      seen.push("second");
    });
    await q.idle(1000);
    expect(seen).toEqual(["first", "second"]);
  });

  it("runs different chats side by side", async () => {
    const q = new ChatQueue();
    const seen: string[] = [];
    q.run("1", async () => {
      await sleep(50);
      seen.push("slow chat");
    });
    q.run("2", async () => {
      seen.push("fast chat");
    });
    await q.idle(1000);
    expect(seen).toEqual(["fast chat", "slow chat"]);
  });

  it("keeps a chat going after a task fails", async () => {
    const q = new ChatQueue();
    const seen: string[] = [];
    q.run("1", async () => {
      throw new Error("boom");
    });
    q.run("1", async () => {
      seen.push("after");
    });
    await q.idle(1000);
    expect(seen).toEqual(["after"]);
  });

  it("reports whether it went idle before the timeout", async () => {
    const q = new ChatQueue();
    q.run("1", () => sleep(200));
    expect(await q.idle(20)).toBe(false);
    expect(q.size).toBe(1);
    expect(await q.idle(1000)).toBe(true);
    expect(q.size).toBe(0);
  });
});
