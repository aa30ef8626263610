import { describe, expect, it } from "vitest";
import { parseClusterNodes } from "../../../core/store/cluster-nodes.ts";

describe("parseClusterNodes", () => {
  it("reads a comma-separated list of host:port, spaces allowed", () => {
    expect(parseClusterNodes("10.0.0.1:7000, redis-b:7001,")).toEqual([
      { host: "10.0.0.1", port: 7000 },
      { host: "redis-b", port: 7001 },
    ]);
  });

  it("reads a bracketed IPv6 address", () => {
    expect(parseClusterNodes("[::1]:7000")).toEqual([{ host: "::1", port: 7000 }]);
  });

  it.each(["redis-a", "redis-a:", "redis-a:99999", "redis://redis-a:7000", " , "])(
    "stops the start on a malformed list such as %j",
    (list) => {
      expect(() => parseClusterNodes(list)).toThrow(RangeError);
    },
  );
});
