/**
 * One socket write for all the Redis commands a client sends in one turn of
 * the event loop. A busy service runs many users' turns at once, each
 * sending its lock-and-read script and later its save-and-unlock script;
 * written one by one, each command is a `write` system call, and on a
 * virtual machine those were the largest single cost of a Telegram update
 * (two writes of about 19 µs each; see bench/README.md). Corking the
 * client's socket at its first command and uncorking it in the loop's check
 * phase (`setImmediate`) sends what the poll phase produced in one `writev`.
 *
 * Hand-written rather than ioredis' `enableAutoPipelining`, which batches
 * the same way but keeps one batch in flight per node (the next users'
 * commands wait for the whole previous batch's replies) and builds a
 * Pipeline object per batch; measured, it saved less than this. Replies and
 * errors are ioredis' own: only the moment bytes leave the process moves,
 * by at most the rest of the current loop turn.
 */
import type { Redis } from "ioredis";

/** The writable side of a client's connection, as much of it as corking needs. */
interface Corkable {
  cork(): void;
  uncork(): void;
  readonly writable: boolean;
}

/**
 * Makes `client` write the commands sent in one event-loop turn together.
 * Commands ioredis writes to another stream (a connection's handshake, a
 * pipeline's own) are left alone, as are commands while not `ready` (the
 * offline queue writes those later).
 *
 * @example
 * const client = new Redis(url);
 * coalesceWrites(client); // done by connectRedis and connectCluster
 */
export function coalesceWrites(client: Redis): void {
  const send = client.sendCommand.bind(client);
  let corked: Corkable | undefined;
  const uncork = (): void => {
    const socket = corked;
    corked = undefined;
    socket?.uncork();
  };
  client.sendCommand = (command, stream) => {
    const socket = client.stream as unknown as Corkable | undefined;
    if (corked === undefined && stream === undefined && client.status === "ready" && socket?.writable) {
      corked = socket;
      socket.cork();
      setImmediate(uncork);
    }
    return send(command, stream);
  };
}
