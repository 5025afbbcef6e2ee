// Media helpers against the reference server: parts numbered from 0, bounded concurrency, progress
// in order, abort, retries of lost parts, and bytes that come back identical.
import { describe, expect, it } from "vitest";
import {
  AbortError,
  ChatRefs,
  InvalidArgumentError,
  type Interceptor,
  type OsmiumClient,
  OsmiumError,
  ProtocolError,
  RpcError,
  TimeoutError,
  type TransferProgress,
} from "../../src/index.js";
import { collect, connectUser, decodeRequest, droppingTransport, expectSameBytes, patternBytes, startServer } from "./support/world.js";

type MediaRef = Awaited<ReturnType<OsmiumClient["media"]["upload"]>>;

/** Records the uploadFilePart/downloadFilePart calls: parts, sizes, and the most in flight at once. */
function partRecorder() {
  const parts: { part: number; bytes: number }[] = [];
  const offsets: bigint[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const interceptor: Interceptor = {
    onCall(call) {
      if (call.requestCase === "mediaUploadFilePart") {
        const request = call.request as unknown as { part: number; data: Uint8Array };
        parts.push({ part: request.part, bytes: request.data.byteLength });
      } else if (call.requestCase === "mediaDownloadFilePart") {
        offsets.push((call.request as unknown as { offset: bigint }).offset);
      } else return;
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
    },
    onOutcome(outcome) {
      if (outcome.requestId !== 0 && (outcome.requestCase === "mediaUploadFilePart" || outcome.requestCase === "mediaDownloadFilePart")) inFlight -= 1;
    },
  };
  return { interceptor, parts, offsets, maxInFlight: () => maxInFlight };
}

/** Sends the upload to the user's saved messages and returns the stored `File`. */
async function attach(client: OsmiumClient, media: MediaRef) {
  await client.messages.sendMessage({ chatRef: ChatRefs.self(), message: "", media: [media] });
  const { messages } = await client.messages.getHistory({ chatRef: ChatRefs.self(), limit: 1 });
  const attachment = messages[0]?.media[0]?.media;
  if (attachment?.case !== "file" || !attachment.value.file) throw new Error("no file attached");
  return attachment.value.file;
}

function expectProgressInOrder(events: TransferProgress[], total: number, totalBytes: number | undefined): void {
  expect(events.length).toBeGreaterThan(0);
  events.forEach((event, i) => {
    expect(event.parts).toBe(i + 1);
    expect(event.totalBytes).toBe(totalBytes);
    if (i > 0) expect(event.transferredBytes).toBeGreaterThan(events[i - 1]?.transferredBytes ?? 0);
  });
  expect(events.at(-1)?.transferredBytes).toBe(total);
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error("expected a rejection");
    },
    (error: unknown) => error,
  );
}

describe("client.media.upload", () => {
  it("sends parts numbered from 0 with at most `concurrency` in flight, reports progress in order, and returns a ready MediaRef", async () => {
    const server = startServer();
    const recorder = partRecorder();
    const { client } = await connectUser(server, "Ada", { interceptors: [recorder.interceptor] });
    // Answers take a while, so the client has every slot filled before the first one frees.
    server.setLatency(5);
    const data = patternBytes(10_500);
    const progress: TransferProgress[] = [];
    const ref = await client.media.upload(data, { filename: "data.bin", mimetype: "application/x-test", partSize: 1000, concurrency: 3, onProgress: (p) => progress.push(p) });

    expect(recorder.parts.map((p) => p.part).sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(recorder.parts.find((p) => p.part === 10)?.bytes).toBe(500);
    expect(recorder.parts.filter((p) => p.part < 10).every((p) => p.bytes === 1000)).toBe(true);
    expect(recorder.maxInFlight()).toBe(3);
    expectProgressInOrder(progress, 10_500, 10_500);

    expect(ref.ref.case).toBe("uploaded");
    const uploaded = ref.ref.case === "uploaded" ? ref.ref.value : undefined;
    expect(uploaded?.file?.name).toBe("data.bin");
    expect(uploaded?.file?.partCount).toBe(11);
    expect(uploaded?.file?.id).not.toBe(0n);
    expect(uploaded?.mimetype).toBe("application/x-test");
    expect(uploaded?.metadata?.metadata).toEqual({ case: "file", value: expect.objectContaining({}) });

    server.setLatency(0);
    const file = await attach(client, ref);
    expect(file.size).toBe(10_500n);
    expect(file.filename).toBe("data.bin");
    expectSameBytes(await client.media.download(file, { partSize: 4096 }), data);
  });

  it("takes a File's name and type, and image metadata from width and height", async () => {
    const server = startServer();
    const { client } = await connectUser(server, "Ada");
    const bytes = patternBytes(5000, 7);
    const ref = await client.media.upload(new File([bytes], "photo.png", { type: "image/png" }), { width: 640, height: 480, partSize: 2048 });
    const file = await attach(client, ref);
    expect(file.filename).toBe("photo.png");
    expect(file.mimetype).toBe("image/png");
    expect(file.metadata?.metadata.case).toBe("image");
    expect(file.metadata?.metadata.value).toMatchObject({ width: 640, height: 480 });
    expectSameBytes(await client.media.download(file), bytes);
  });

  it("regroups an async iterable's chunks of any size into full parts", async () => {
    const server = startServer();
    const recorder = partRecorder();
    const { client } = await connectUser(server, "Ada", { interceptors: [recorder.interceptor] });
    const data = patternBytes(9_001, 3);
    const sizes = [7, 3000, 1, 999, 1993, 1, 3000];
    async function* chunks() {
      let at = 0;
      for (const size of sizes) {
        yield data.slice(at, at + size);
        at += size;
      }
    }
    const progress: TransferProgress[] = [];
    const ref = await client.media.upload(chunks(), { partSize: 1000, onProgress: (p) => progress.push(p) });
    expect(recorder.parts.map((p) => p.bytes)).toEqual([1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1]);
    expectProgressInOrder(progress, 9_001, undefined);
    const file = await attach(client, ref);
    expectSameBytes(await client.media.download(file, { partSize: 3000 }), data);
  });

  it("aborts mid-upload: rejects with AbortError, starts no further part, and closes the source", async () => {
    const server = startServer();
    const recorder = partRecorder();
    const { client } = await connectUser(server, "Ada", { interceptors: [recorder.interceptor] });
    let sourceClosed = false;
    async function* endless() {
      try {
        for (let i = 0; ; i++) yield patternBytes(100, i + 1);
      } finally {
        sourceClosed = true;
      }
    }
    const controller = new AbortController();
    const error = await rejection(
      client.media.upload(endless(), {
        partSize: 100,
        concurrency: 2,
        signal: controller.signal,
        onProgress: (p) => {
          if (p.parts === 3) controller.abort("user cancelled");
        },
      }),
    );
    expect(error).toBeInstanceOf(AbortError);
    expect((error as AbortError).method).toBe("media.upload");
    expect((error as AbortError).reason).toBe("user cancelled");
    expect(sourceClosed).toBe(true);
    const started = recorder.parts.length;
    expect(started).toBeLessThanOrEqual(3 + 2);
    await client.billing.getProducts();
    expect(recorder.parts.length).toBe(started);
  });

  it("does not retry a part the server refuses (413), and refuses empty data and bad options", async () => {
    const server = startServer({ limits: { partBytes: 1000 } });
    const recorder = partRecorder();
    const { client } = await connectUser(server, "Ada", { interceptors: [recorder.interceptor] });
    const tooBig = await rejection(client.media.upload(patternBytes(1500), { partSize: 1500, concurrency: 1 }));
    expect(tooBig).toBeInstanceOf(RpcError);
    expect((tooBig as RpcError).errorCode).toBe(413);
    expect(recorder.parts).toHaveLength(1);

    const empty = await rejection(client.media.upload(new Uint8Array()));
    expect(empty).toBeInstanceOf(InvalidArgumentError);
    expect((empty as InvalidArgumentError).argument).toBe("data");
    for (const [options, argument] of [
      [{ partSize: 0 }, "partSize"],
      [{ concurrency: 1.5 }, "concurrency"],
      [{ retry: { attempts: 0 } }, "retry.attempts"],
      [{ width: 10 }, "height"],
    ] as const) {
      const error = await rejection(client.media.upload(patternBytes(10), options));
      expect(OsmiumError.is(error, "invalid_argument") && error.argument).toBe(argument);
    }
    const notData = await rejection(client.media.upload("text" as never));
    expect((notData as InvalidArgumentError).argument).toBe("data");
  });
});

describe("client.media.download", () => {
  it("retries a part whose request was lost, with backoff, and returns identical bytes", async () => {
    const server = startServer();
    let dropped = 0;
    const transport = droppingTransport(server.transport(), (frame) => {
      const request = decodeRequest(frame);
      if (request.case === "mediaDownloadFilePart" && request.value.offset === 1000n && dropped === 0) {
        dropped += 1;
        return true;
      }
      return false;
    });
    const recorder = partRecorder();
    const { client } = await connectUser(server, "Ada", { transport, interceptors: [recorder.interceptor] });
    const data = patternBytes(4_500, 11);
    const file = await attach(client, await client.media.upload(data));
    const progress: TransferProgress[] = [];
    const bytes = await client.media.download(file, { partSize: 1000, timeoutMs: 150, retry: { initialDelayMs: 10 }, onProgress: (p) => progress.push(p) });
    expectSameBytes(bytes, data);
    expect(dropped).toBe(1);
    expect(recorder.offsets.filter((o) => o === 1000n)).toHaveLength(2);
    expect(recorder.offsets.filter((o) => o !== 1000n).sort()).toEqual([0n, 2000n, 3000n, 4000n]);
    expectProgressInOrder(progress, 4_500, 4_500);
  });

  it("gives up after `attempts` and rejects with the last error", async () => {
    const server = startServer();
    const transport = droppingTransport(server.transport(), (frame) => {
      const request = decodeRequest(frame);
      return request.case === "mediaDownloadFilePart" && request.value.offset === 1000n;
    });
    const recorder = partRecorder();
    const { client } = await connectUser(server, "Ada", { transport, interceptors: [recorder.interceptor] });
    const file = await attach(client, await client.media.upload(patternBytes(3000)));
    const error = await rejection(client.media.download(file, { partSize: 1000, timeoutMs: 80, retry: { attempts: 3, initialDelayMs: 5 } }));
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).method).toBe("media.downloadFilePart");
    expect(recorder.offsets.filter((o) => o === 1000n)).toHaveLength(3);
  });

  it("does not retry a final answer (404 for an unknown file)", async () => {
    const server = startServer();
    const recorder = partRecorder();
    const { client } = await connectUser(server, "Ada", { interceptors: [recorder.interceptor] });
    const error = await rejection(client.media.download({ ref: { case: "mediaFile", value: { fileId: 12345n } } }, { size: 10 }));
    expect(error).toBeInstanceOf(RpcError);
    expect((error as RpcError).errorCode).toBe(404);
    expect(recorder.offsets).toEqual([0n]);
  });

  it("survives a dropped connection: parts in flight are retried after the reconnect", async () => {
    const server = startServer();
    const lost: string[] = [];
    const { client } = await connectUser(server, "Ada", {
      reconnect: { initialDelayMs: 10, maxDelayMs: 20 },
      interceptors: [{ onOutcome: (o) => o.error?.code === "connection_closed" && lost.push(o.requestCase) }],
    });
    const data = patternBytes(20_000, 5);
    const file = await attach(client, await client.media.upload(data));
    server.setLatency(5);
    let dropped = false;
    const bytes = await client.media.download(file, {
      partSize: 1000,
      concurrency: 4,
      retry: { initialDelayMs: 10 },
      onProgress: (p) => {
        if (p.parts === 3 && !dropped) {
          dropped = true;
          server.dropConnections();
        }
      },
    });
    expect(dropped).toBe(true);
    expect(lost.length).toBeGreaterThan(0);
    expect(new Set(lost)).toEqual(new Set(["mediaDownloadFilePart"]));
    expectSameBytes(bytes, data);
  });

  it("reads a file of unknown size until a short part, also when the size is a multiple of the part size", async () => {
    const server = startServer();
    const { client } = await connectUser(server, "Ada");
    for (const length of [2_500, 3_000]) {
      const data = patternBytes(length, length);
      const file = await attach(client, await client.media.upload(data));
      const byRef = { ref: { case: "mediaFile" as const, value: { fileId: file.fileId } } };
      expectSameBytes(await client.media.download(byRef, { partSize: 1000, concurrency: 2 }), data);
      const chunks = await collect(client.media.downloadStream(byRef, { partSize: 1000 }));
      expect(chunks.map((c) => c.byteLength)).toEqual(length === 2_500 ? [1000, 1000, 500] : [1000, 1000, 1000]);
    }
  });

  it("rejects with ProtocolError when the file is shorter than `size`, and checks its arguments", async () => {
    const server = startServer();
    const { client } = await connectUser(server, "Ada");
    const file = await attach(client, await client.media.upload(patternBytes(1500)));
    const error = await rejection(client.media.download(file, { size: 1600, partSize: 1000 }));
    expect(error).toBeInstanceOf(ProtocolError);
    expect((error as ProtocolError).message).toBe("part 1 of the file has 500 bytes, expected 600 (is the size right?)");
    expect(() => client.media.downloadStream({ ref: { case: undefined } } as never)).toThrow(InvalidArgumentError);
    expect(() => client.media.downloadStream(file, { size: -1 })).toThrow("size must be a non-negative integer (bytes)");
    expect(await client.media.download(file, { size: 0 })).toEqual(new Uint8Array());
  });
});

describe("client.media.downloadStream", () => {
  it("yields chunks in file order with at most `concurrency` parts ahead of the consumer", async () => {
    const server = startServer();
    const recorder = partRecorder();
    const { client } = await connectUser(server, "Ada", { interceptors: [recorder.interceptor] });
    const data = patternBytes(10_000, 9);
    const file = await attach(client, await client.media.upload(data));
    server.setLatency(3);
    const chunks: Uint8Array[] = [];
    for await (const chunk of client.media.downloadStream(file, { partSize: 1000, concurrency: 3 })) {
      chunks.push(chunk);
      // Parts requested minus chunks handed out: the reorder window.
      expect(recorder.offsets.length - chunks.length).toBeLessThanOrEqual(3);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    expect(chunks).toHaveLength(10);
    expectSameBytes(Buffer.concat(chunks), data);
    expect(recorder.maxInFlight()).toBeLessThanOrEqual(3);
  });

  it("stops requesting parts when the loop breaks, and aborts with `signal`", async () => {
    const server = startServer();
    const recorder = partRecorder();
    const { client } = await connectUser(server, "Ada", { interceptors: [recorder.interceptor] });
    const file = await attach(client, await client.media.upload(patternBytes(10_000)));
    for await (const chunk of client.media.downloadStream(file, { partSize: 1000, concurrency: 2 })) {
      expect(chunk.byteLength).toBe(1000);
      break;
    }
    const requested = recorder.offsets.length;
    expect(requested).toBeLessThanOrEqual(3);
    await client.billing.getProducts();
    expect(recorder.offsets.length).toBe(requested);

    const controller = new AbortController();
    const iterator = client.media.downloadStream(file, { partSize: 1000, signal: controller.signal });
    await iterator.next();
    controller.abort("enough");
    const error = await rejection(collect(iterator));
    expect(error).toBeInstanceOf(AbortError);
    expect((error as AbortError).method).toBe("media.download");
  });
});

describe("media over a real WebSocket", () => {
  it("uploads and downloads 3 MiB identically", async () => {
    const server = startServer();
    const url = await server.listen({ port: 0 });
    const { client } = await connectUser(server, "Ada", { url, transport: undefined as never });
    const data = patternBytes(3 * 1024 * 1024, 21);
    const file = await attach(client, await client.media.upload(data, { partSize: 256 * 1024 }));
    expect(file.size).toBe(BigInt(data.byteLength));
    expectSameBytes(await client.media.download(file, { partSize: 256 * 1024 }), data);
  });
});

describe("namespace helpers", () => {
  it("sit next to the RPC methods without being listed among them", async () => {
    const { client } = await connectUser(startServer(), "Ada");
    expect(Object.keys(client.media).sort()).toEqual(["downloadFilePart", "uploadFilePart"]);
    expect([client.media.upload, client.media.uploadFile, client.media.download, client.media.downloadStream].map((f) => f.name)).toEqual([
      "upload",
      "uploadFile",
      "download",
      "downloadStream",
    ]);
    expect([client.messages.iterHistory.name, client.messages.iterSearch.name, client.chats.iterChats.name]).toEqual(["iterHistory", "iterSearch", "iterChats"]);
    expect([client.communities.iterMembers.name, client.discovery.iterCommunities.name]).toEqual(["iterMembers", "iterCommunities"]);
    expect(Object.keys(client.messages)).not.toContain("iterHistory");
  });
});
