import { describe, expect, it } from "vitest";
import { StoreUnavailableError } from "../../../core/store/key-value-store.ts";
import { toStoreError } from "../../../core/store/redis-errors.ts";

function replyError(message: string): Error {
  const err = new Error(message);
  err.name = "ReplyError";
  return err;
}

describe("toStoreError", () => {
  it.each([
    ["a refused connection", new Error("connect ECONNREFUSED 127.0.0.1:6379")],
    ["a closed offline queue", new Error("Stream isn't writeable and enableOfflineQueue options is false")],
    ["a cluster that is not ready", new Error("Cluster isn't ready and enableOfflineQueue options is false")],
    ["a command timeout", new Error("Command timed out")],
    ["a cluster going down", replyError("CLUSTERDOWN The cluster is down")],
    ["a server still loading", replyError("LOADING Redis is loading the dataset in memory")],
  ])("tells the user to try again after %s", (_, err) => {
    const mapped = toStoreError(err);
    expect(mapped).toBeInstanceOf(StoreUnavailableError);
    expect(mapped.cause).toBe(err);
  });

  it("lets a wrong-type reply through unchanged, since it is our bug and not an outage", () => {
    const err = replyError("WRONGTYPE Operation against a key holding the wrong kind of value");
    expect(toStoreError(err)).toBe(err);
  });
});
