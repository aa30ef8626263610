import { describe, expect, it } from "vitest";
import { signatureOf, verifySignature } from "../../../bots/slack/signature.ts";

// The worked example of Slack's "Verifying requests from Slack".
const SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
const TIMESTAMP = "1531420618";
const BODY = Buffer.from(
  "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c",
);
const SIGNATURE = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";
const now = Number(TIMESTAMP);

describe("Slack request signatures", () => {
  it("reproduces the signature of Slack's worked example", () => {
    expect(signatureOf(SECRET, TIMESTAMP, BODY)).toBe(SIGNATURE);
  });

  it("accepts the example within five minutes either side, and refuses it past that as stale", () => {
    const check = (nowSeconds: number) => verifySignature({ secret: SECRET, signature: SIGNATURE, timestamp: TIMESTAMP, body: BODY, nowSeconds });
    expect(check(now)).toBe("ok");
    expect(check(now + 300)).toBe("ok");
    expect(check(now - 300)).toBe("ok");
    expect(check(now + 301)).toBe("stale");
    expect(check(now - 301)).toBe("stale");
  });

  it("refuses another body, another secret, a truncated signature, and missing headers", () => {
    const base = { secret: SECRET, signature: SIGNATURE, timestamp: TIMESTAMP, body: BODY, nowSeconds: now };
    expect(verifySignature({ ...base, body: Buffer.concat([BODY, Buffer.from("&x=1")]) })).toBe("mismatch");
    expect(verifySignature({ ...base, secret: "another" })).toBe("mismatch");
    expect(verifySignature({ ...base, signature: SIGNATURE.slice(0, 20) })).toBe("mismatch");
    expect(verifySignature({ ...base, signature: undefined })).toBe("missing");
    expect(verifySignature({ ...base, timestamp: undefined })).toBe("missing");
    expect(verifySignature({ ...base, timestamp: "soon" })).toBe("missing");
    expect(verifySignature({ ...base, signature: [SIGNATURE, SIGNATURE] })).toBe("missing");
  });
});
