import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { clientAddress } from "../../../server/api/client.ts";

const request = (forwarded?: string) => ({ socket: { remoteAddress: "10.0.0.2" }, headers: forwarded ? { "x-forwarded-for": forwarded } : {} }) as unknown as IncomingMessage;

describe("the client address the rate limit counts", () => {
  it("is the socket's address when no proxy is trusted, whatever X-Forwarded-For claims", () => {
    expect(clientAddress(request("1.2.3.4"), 0)).toBe("10.0.0.2");
  });

  it("is the address the trusted proxy appended, not one the client wrote before it", () => {
    expect(clientAddress(request("6.6.6.6, 203.0.113.7"), 1)).toBe("203.0.113.7");
    expect(clientAddress(request("6.6.6.6, 203.0.113.7, 10.0.0.1"), 2)).toBe("203.0.113.7");
  });

  it("is the socket's address when a trusted proxy sent no header", () => {
    expect(clientAddress(request(), 1)).toBe("10.0.0.2");
  });
});
