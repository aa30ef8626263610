/**
 * How the Slack channel plugs into the service: its variables, their rules,
 * and a factory that loads Bolt only when Slack is configured.
 */
import type { ChannelEntry } from "../kit/channel.ts";
import { SlackEnv } from "./config.ts";

/** The Slack channel, for `server/channels.ts`. */
export const slackEntry: ChannelEntry<typeof SlackEnv.shape> = {
  name: "slack",
  env: SlackEnv,
  problems: (env) => [
    ...(env.SLACK_BOT_TOKEN && !env.SLACK_SIGNING_SECRET && !env.SLACK_APP_TOKEN ? [{ path: "SLACK_SIGNING_SECRET", message: "SLACK_SIGNING_SECRET (HTTP mode) or SLACK_APP_TOKEN (Socket Mode) is required with SLACK_BOT_TOKEN" }] : []),
    ...((env.SLACK_SIGNING_SECRET || env.SLACK_APP_TOKEN) && !env.SLACK_BOT_TOKEN ? [{ path: "SLACK_BOT_TOKEN", message: "SLACK_BOT_TOKEN is required for Slack" }] : []),
  ],
  configured: (env) => Boolean(env.SLACK_BOT_TOKEN),
  mode: (env) => (env.SLACK_BOT_TOKEN ? (env.SLACK_APP_TOKEN ? "socket" : "http") : undefined),
  create: async (deps) => (await import("./channel.ts")).createSlackChannel(deps),
};
