import type { AddressInfo } from "node:net";
import type { App } from "@slack/bolt";
import { afterEach, describe, expect, it } from "vitest";
import { SlackHttpReceiver } from "../../../bots/slack/receiver.ts";
import { createHttpServer } from "../../../bots/kit/http.ts";
import { createLogger } from "../../../server/logger.ts";
import { postEvent, SIGNING_SECRET } from "./harness.ts";

let close: (() => void) | undefined;

afterEach(() => {
  close?.();
  close = undefined;
});

/** The receiver on its own server, with a stand-in for Bolt's App. */
async function serve(processEvent: (event: { ack: (r?: unknown) => Promise<void> }) => Promise<void>, accepting = true): Promise<string> {
  const receiver = new SlackHttpReceiver({ signingSecret: SIGNING_SECRET, logger: createLogger("silent"), accepting: () => accepting, ackDeadlineMs: 100 });
  receiver.init({ processEvent } as unknown as App);
  const http = createHttpServer([receiver.route], async () => true, createLogger("silent"));
  await new Promise<void>((r) => http.server.listen(0, "127.0.0.1", r));
  close = () => {
    http.server.closeAllConnections();
    http.server.close();
  };
  return `http://127.0.0.1:${(http.server.address() as AddressInfo).port}/slack/events`;
}

const event = { type: "event_callback", event_id: "Ev1", team_id: "T1", event: { type: "message" } };

describe("The Slack HTTP receiver", () => {
  it("acknowledges by itself before Slack's 3 seconds when nothing else does", async () => {
    let finish!: () => void;
    const url = await serve(() => new Promise<void>((r) => (finish = r)));
    const started = Date.now();
    const res = await postEvent(url, event);
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(2000);
    finish();
  });

  it("answers with the body Bolt acknowledges with", async () => {
    const url = await serve(async ({ ack }) => ack({ response_action: "clear" }));
    const res = await postEvent(url, event);
    expect(JSON.parse(res.body)).toEqual({ response_action: "clear" });
  });

  it("answers 200 even when Bolt fails, so that Slack does not retry into the same failure", async () => {
    const url = await serve(async () => {
      throw new Error("boom");
    });
    expect((await postEvent(url, event)).status).toBe(200);
  });

  it("refuses requests with 503 while the channel is not accepting, so that Slack retries them", async () => {
    const url = await serve(async () => undefined, false);
    expect((await postEvent(url, event)).status).toBe(503);
  });
});
