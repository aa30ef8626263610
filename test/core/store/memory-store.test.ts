import { describe, expect, it } from "vitest";
import { StoreUnavailableError } from "../../../core/store/key-value-store.ts";
import { MemoryStore } from "../../../core/store/memory-store.ts";
import { storeContract } from "./store-contract.ts";

describe("MemoryStore", () => {
  storeContract(async () => new MemoryStore());

  it("drops the least recently used key when full, so memory stays bounded", async () => {
    const store = new MemoryStore({ maxEntries: 3 });
    await store.set("a", "1", 60);
    await store.set("b", "2", 60);
    await store.set("c", "3", 60);
    await store.get("a"); // a is now the most recently used
    await store.set("d", "4", 60);
    expect(store.size).toBe(3);
    expect(await store.get("b")).toBeNull();
    expect(await store.get("a")).toBe("1");
    expect(await store.get("d")).toBe("4");
    await store.close();
  });

  it("sweeps expired keys that nobody reads again", async () => {
    let now = 1_000_000;
    const store = new MemoryStore({ now: () => now });
    await store.set("idle", "x", 10);
    await store.set("active", "y", 100);
    now += 11_000;
    expect(store.sweep()).toBe(1);
    expect(store.size).toBe(1);
    await store.close();
  });

  it("sweeps by itself on its timer", async () => {
    const store = new MemoryStore({ sweepIntervalMs: 50 });
    await store.set("idle", "x", 0.05);
    await new Promise((r) => setTimeout(r, 200));
    expect(store.size).toBe(0);
    await store.close();
  });

  it("says it is unavailable once closed", async () => {
    const store = new MemoryStore();
    await store.close();
    expect(await store.ping()).toBe(false);
    await expect(store.get("x")).rejects.toBeInstanceOf(StoreUnavailableError);
  });
});
