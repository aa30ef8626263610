import { describe, expect, it } from "vitest";
import { hashSlot, HASH_SLOTS, slotTwin } from "../../../core/store/hash-slot.ts";

describe("Redis Cluster hash slots", () => {
  it("are computed as Redis computes them (CLUSTER KEYSLOT foo is 12182; CRC16 of 123456789 is 0x31C3)", () => {
    expect(hashSlot("foo")).toBe(12182);
    expect(hashSlot("123456789")).toBe(0x31c3 % HASH_SLOTS);
  });

  it("give a tag a short twin on the same slot that tells nothing of the tag", () => {
    for (const tag of ["wechat:o_bench_000001", "telegram:42", "wechat:oAbC-xyz_123", "wechat:用户", "web:%7Bx%7D"]) {
      const twin = slotTwin(tag);
      expect(hashSlot(twin)).toBe(hashSlot(tag));
      expect(twin).toMatch(/^[0-9a-z]{1,4}$/);
    }
  });

  it("find a twin for the users of every slot", () => {
    for (let i = 0; i < 5_000; i++) expect(hashSlot(slotTwin(`wechat:o_${i}`))).toBe(hashSlot(`wechat:o_${i}`));
  });
});
