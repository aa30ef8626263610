import { describe, expect, it } from "vitest";
import { DeliveryLog } from "../../../bots/wechat-adapter/delivery-log.ts";
import { MemoryStore } from "../../../core/store/memory-store.ts";

describe("the delivery log", () => {
  it("lets only the first try of a push take it", async () => {
    const log = new DeliveryLog(new MemoryStore());
    expect(await log.claim("wechat:dedupe:o1:msg:1")).toBe(true);
    expect(await log.claim("wechat:dedupe:o1:msg:1")).toBe(false);
    expect(await log.read("wechat:dedupe:o1:msg:1")).toEqual({ state: "pending" });
  });

  it("remembers the answer for a retry", async () => {
    const log = new DeliveryLog(new MemoryStore());
    await log.claim("k");
    await log.settle("k", { state: "answered", content: "第1题" });
    expect(await log.settled("k", Date.now())).toEqual({ state: "answered", content: "第1题" });
  });

  it("waits for the first try to settle", async () => {
    const log = new DeliveryLog(new MemoryStore());
    await log.claim("k");
    setTimeout(() => void log.settle("k", { state: "sent" }), 100);
    expect(await log.settled("k", Date.now() + 2000, 20)).toEqual({ state: "sent" });
  });

  it("reports a push still pending when time runs out", async () => {
    const log = new DeliveryLog(new MemoryStore());
    await log.claim("k");
    expect(await log.settled("k", Date.now() + 50, 20)).toEqual({ state: "pending" });
  });

  it("forgets pushes after its time to live", async () => {
    const log = new DeliveryLog(new MemoryStore(), 0.05);
    await log.claim("k");
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(await log.read("k")).toBeNull();
    expect(await log.claim("k")).toBe(true);
  });

  it("treats an unreadable entry as pending rather than failing", async () => {
    const store = new MemoryStore();
    await store.set("k", "{not json", 60);
    expect(await new DeliveryLog(store).read("k")).toEqual({ state: "pending" });
  });
});
