// A TCP proxy on loopback that can turn into a black hole: the "server vanished without a close
// frame" fault (a cut cable, a NAT that forgot the mapping, a crashed host). Once `blackhole()` is
// called, every connection open at that moment keeps its sockets but forwards nothing in either
// direction, so neither side ever sees a FIN or a close frame; only the client's keepalive can tell.
// Connections opened afterwards forward normally: the server "comes back".
import { type AddressInfo, type Server, type Socket, createServer, connect } from "node:net";

interface Pair {
  readonly client: Socket;
  readonly upstream: Socket;
  dead: boolean;
}

/** A loopback TCP proxy to `127.0.0.1:targetPort` with a switch that silently stops forwarding. */
export class BlackholeProxy {
  private readonly pairs = new Set<Pair>();
  private server: Server | undefined;
  /** Connections accepted so far. */
  accepted = 0;

  constructor(private readonly targetPort: number) {}

  /** Starts listening on 127.0.0.1, port 0; resolves with the `ws://` URL to give the client. */
  async listen(): Promise<string> {
    const server = createServer((client) => this.accept(client));
    this.server = server;
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    return `ws://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  /** Every connection open now stops forwarding, silently and for good. */
  blackhole(): void {
    for (const pair of this.pairs) pair.dead = true;
  }

  /** Destroys every socket and stops listening. */
  async close(): Promise<void> {
    for (const pair of this.pairs) {
      pair.client.destroy();
      pair.upstream.destroy();
    }
    this.pairs.clear();
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private accept(client: Socket): void {
    this.accepted++;
    const upstream = connect(this.targetPort, "127.0.0.1");
    const pair: Pair = { client, upstream, dead: false };
    this.pairs.add(pair);
    client.on("data", (chunk: Buffer) => {
      if (!pair.dead) upstream.write(chunk);
    });
    upstream.on("data", (chunk: Buffer) => {
      if (!pair.dead) client.write(chunk);
    });
    // A live pair passes a close on; a dead one keeps the far side in the dark, as a real black hole does.
    const end = (): void => {
      if (pair.dead) return;
      this.pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on("close", end);
    upstream.on("close", end);
    client.on("error", end);
    upstream.on("error", end);
  }
}
