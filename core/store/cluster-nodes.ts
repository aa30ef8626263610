/**
 * Reading `REDIS_CLUSTER_NODES`. Kept apart from `redis-client.ts` so that the
 * configuration can check it without loading ioredis, which the server loads
 * only when a Redis is configured.
 */

/**
 * `host:port` pairs from a comma-separated list such as `REDIS_CLUSTER_NODES`.
 * Bracketed IPv6 (`[::1]:7000`) is accepted. Throws on a malformed entry:
 * a typo in deployment settings should stop the start, not be skipped.
 */
export function parseClusterNodes(list: string): { host: string; port: number }[] {
  const nodes = list
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "")
    .map((entry) => {
      const match = /^(?:\[([^\]]+)\]|([^:\s]+)):(\d{1,5})$/.exec(entry);
      const port = Number(match?.[3]);
      if (!match || port < 1 || port > 65_535) {
        throw new RangeError(`REDIS_CLUSTER_NODES: expected host:port, got ${JSON.stringify(entry)}`);
      }
      return { host: (match[1] ?? match[2])!, port };
    });
  if (nodes.length === 0) throw new RangeError("REDIS_CLUSTER_NODES is empty");
  return nodes;
}
