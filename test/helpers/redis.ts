/**
 * Real Redis for tests: the shared server at REDIS_URL (skipped with a
 * message when unreachable, failed when REQUIRE_REDIS=1), a key prefix per
 * run that is cleaned up afterwards, and throwaway `redis-server` processes
 * (single or a three-master cluster) on spare ports for fault and cluster tests.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, it } from "vitest";
import { connectRedis, pingRedis } from "../../core/store/redis-client.ts";

/** The shared test Redis. */
export const REDIS_URL = process.env.REDIS_URL || "redis://127.0.0.1:6379";
/** True in CI (`.ci/run`): a missing Redis fails the suite instead of skipping it. */
export const REDIS_REQUIRED = process.env.REQUIRE_REDIS === "1";

/** True when a Redis answers PING at `url` within `timeoutMs`. */
export function redisAvailable(url = REDIS_URL, timeoutMs = 1_000): Promise<boolean> {
  return pingRedis(url, timeoutMs);
}

const sharedRedisUp = await redisAvailable();

/** `describe` for suites that need the Redis at REDIS_URL. */
export function describeRedis(name: string, fn: () => void): void {
  describeNeeding(name, fn, sharedRedisUp, `no Redis answering at ${REDIS_URL}`);
}

/** True when a `redis-server` binary is on the PATH. */
export function redisServerInstalled(): boolean {
  return spawnSync("redis-server", ["--version"], { stdio: "ignore" }).status === 0;
}

/** `describe` for suites that start their own `redis-server` processes. */
export function describeRedisServer(name: string, fn: () => void): void {
  describeNeeding(name, fn, redisServerInstalled(), "redis-server is not installed");
}

function describeNeeding(name: string, fn: () => void, available: boolean, missing: string): void {
  if (available) {
    describe(name, fn);
  } else if (REDIS_REQUIRED) {
    describe(name, () => {
      it("has the Redis it needs (REQUIRE_REDIS=1)", () => {
        throw new Error(`${missing}; REQUIRE_REDIS=1 makes this a failure`);
      });
    });
  } else {
    console.warn(`[skipped] "${name}": ${missing} (set REQUIRE_REDIS=1 to fail instead)`);
    describe.skip(name, fn);
  }
}

/** A key prefix no other run or file shares: `pa-test:<label>:<random>:`. */
export function uniquePrefix(label = "t"): string {
  return `pa-test:${label}:${process.pid}-${randomBytes(4).toString("hex")}:`;
}

/** Deletes every key starting with `prefix`; returns how many. */
export async function deleteByPrefix(client: Redis, prefix: string): Promise<number> {
  const pattern = prefix.replace(/[*?[\]\\]/g, "\\$&") + "*";
  let cursor = "0";
  let deleted = 0;
  do {
    const [next, keys] = await client.scan(cursor, "MATCH", pattern, "COUNT", 500);
    cursor = next;
    if (keys.length > 0) deleted += await client.unlink(...keys);
  } while (cursor !== "0");
  return deleted;
}

/** Clients and a prefix for one suite against the shared Redis; see {@link useSharedRedis}. */
export interface SharedRedis {
  /** This suite's key prefix. */
  readonly prefix: string;
  /** A new client configured as production configures it (fail fast); closed after the suite. */
  connect(): Promise<Redis>;
}

/**
 * Call inside a {@link describeRedis} block: gives a per-suite prefix and
 * client factory, and after the suite deletes the prefix's keys and closes
 * the clients.
 */
export function useSharedRedis(label: string): SharedRedis {
  const prefix = uniquePrefix(label);
  const clients: Redis[] = [];
  afterAll(async () => {
    const admin = await connectRedis(REDIS_URL);
    try {
      await deleteByPrefix(admin, prefix);
    } finally {
      admin.disconnect();
      for (const c of clients) c.disconnect();
    }
  });
  return {
    prefix,
    async connect() {
      const client = await connectRedis(REDIS_URL);
      clients.push(client);
      return client;
    },
  };
}

/** A free TCP port on loopback (free when asked; another process could still take it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** A `redis-server` this test started. */
export interface RedisServer {
  readonly port: number;
  readonly url: string;
  /** Its working directory (RDB/AOF files when persistence is on). */
  readonly dir: string;
  /** Stops it (SIGTERM, then SIGKILL after 3 s); with `keepDir`, its files stay for a restart. */
  stop(options?: { keepDir?: boolean }): Promise<void>;
}

// Every server we start, so none outlives the test process even when a test fails.
const running = new Set<ChildProcess>();
process.once("exit", () => {
  for (const child of running) child.kill("SIGKILL");
});

const DIR_PREFIX = "pa-redis-";
const OWNER_FILE = "owner.json";
let reaped = false;

/**
 * Kills servers left by a test process that was itself killed (so its exit
 * hook never ran): each server's directory names its owner's pid, and a
 * server whose owner is gone is stopped, by its own pid, and its files removed.
 */
function reapOrphans(): void {
  if (reaped) return;
  reaped = true;
  for (const name of readdirSync(tmpdir())) {
    if (!name.startsWith(DIR_PREFIX)) continue;
    const dir = join(tmpdir(), name);
    try {
      const { owner, server } = JSON.parse(readFileSync(join(dir, OWNER_FILE), "utf8")) as { owner: number; server: number };
      if (alive(owner)) continue;
      // Only a pid that is still a redis-server: the number may have been reused.
      if (alive(server) && readFileSync(`/proc/${server}/cmdline`, "utf8").startsWith("redis-server")) process.kill(server, "SIGKILL");
      rmSync(dir, { recursive: true, force: true });
    } catch {
      // No owner file yet, no /proc, or already gone: leave it alone.
    }
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Starts `redis-server` on `port` (a free one by default), in its own
 * directory, no persistence unless `args` asks for it. Resolves once it
 * accepts connections. Stop it in `afterAll`; a forgotten one is killed when
 * the test process exits.
 */
export async function startRedisServer(options: { port?: number; args?: string[]; dir?: string } = {}): Promise<RedisServer> {
  reapOrphans();
  const port = options.port ?? (await freePort());
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), DIR_PREFIX));
  const args = ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir, ...(options.args ?? [])];
  const child = spawn("redis-server", args, { stdio: ["ignore", "pipe", "pipe"] });
  running.add(child);
  child.once("exit", () => running.delete(child));
  if (options.dir === undefined && child.pid !== undefined) {
    writeFileSync(join(dir, OWNER_FILE), JSON.stringify({ owner: process.pid, server: child.pid }));
  }
  await new Promise<void>((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => fail(new Error(`redis-server on ${port} not ready in 10 s:\n${output}`)), 10_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      if (output.includes("Ready to accept connections")) {
        clearTimeout(timer);
        child.off("exit", onExit);
        resolve();
      }
    };
    const onExit = (code: number | null): void => fail(new Error(`redis-server on ${port} exited (${code}):\n${output}`));
    function fail(err: Error): void {
      clearTimeout(timer);
      child.kill("SIGKILL");
      reject(err);
    }
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", onExit);
  });
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    dir,
    async stop({ keepDir = false } = {}) {
      await stopProcess(child);
      if (!keepDir && options.dir === undefined) rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 3_000);
  await exited;
  clearTimeout(timer);
}

/** A Redis Cluster this test started. */
export interface RedisTestCluster {
  /** Its masters, as seeds for an ioredis `Cluster`. */
  readonly nodes: { host: string; port: number }[];
  /** Stops every server and removes their files. */
  stop(): Promise<void>;
}

/**
 * Starts `masters` cluster-enabled servers on spare ports, joins them with
 * `redis-cli --cluster create` (no replicas) and waits for `cluster_state:ok`.
 * On any failure the servers already started are stopped before rethrowing.
 */
export async function startRedisCluster(masters = 3): Promise<RedisTestCluster> {
  const servers: RedisServer[] = [];
  const stop = async (): Promise<void> => {
    await Promise.all(servers.map((s) => s.stop()));
  };
  try {
    for (let i = 0; i < masters; i++) {
      const busPort = await freePort();
      servers.push(
        await startRedisServer({
          args: ["--cluster-enabled", "yes", "--cluster-port", String(busPort), "--cluster-node-timeout", "2000"],
        }),
      );
    }
    const addresses = servers.map((s) => `127.0.0.1:${s.port}`);
    await run("redis-cli", ["--cluster", "create", ...addresses, "--cluster-replicas", "0", "--cluster-yes"]);
    await Promise.all(servers.map((s) => waitForClusterOk(s.port)));
    return { nodes: servers.map((s) => ({ host: "127.0.0.1", port: s.port })), stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (c: Buffer) => (output += c.toString()));
    child.stderr.on("data", (c: Buffer) => (output += c.toString()));
    child.once("error", reject);
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited ${code}:\n${output}`))));
  });
}

async function waitForClusterOk(port: number, timeoutMs = 15_000): Promise<void> {
  const client = new Redis(port, "127.0.0.1", { lazyConnect: true, maxRetriesPerRequest: 1 });
  client.on("error", () => undefined);
  const deadline = Date.now() + timeoutMs;
  try {
    await client.connect();
    while (Date.now() < deadline) {
      const info = await client.cluster("INFO");
      if (String(info).includes("cluster_state:ok")) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`cluster node ${port} not ok after ${timeoutMs} ms`);
  } finally {
    client.disconnect();
  }
}

/**
 * Runs `fn` and returns the names of the commands `client` sent meanwhile
 * (`["evalsha", "evalsha"]`): how tests count round trips to Redis.
 */
export async function commandsSent(client: Redis, fn: () => Promise<void>): Promise<string[]> {
  const sent: string[] = [];
  const original = client.sendCommand.bind(client);
  client.sendCommand = ((command: { name: string }, stream?: unknown) => {
    sent.push(command.name);
    return original(command as never, stream as never);
  }) as typeof client.sendCommand;
  try {
    await fn();
  } finally {
    client.sendCommand = original;
  }
  return sent;
}
