/** Slack's configuration slice: the environment variables the channel reads, checked at start-up. */
import * as z from "zod/mini";
import { optionalString, url } from "../kit/env.ts";

/** Slack's configuration slice. */
export const SlackEnv = z.object({
  SLACK_BOT_TOKEN: optionalString,
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_APP_TOKEN: optionalString,
  SLACK_API_URL: url("SLACK_API_URL"),
});

/** Slack's validated configuration. */
export type SlackConfig = z.output<typeof SlackEnv>;
