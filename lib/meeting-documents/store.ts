// The files of meeting documents, content-addressed: a file is stored once under its SHA-256, whatever
// its name or how many documents and versions use it. An upload is streamed to a staging file while it is
// hashed and counted (a 200 MB file never sits in memory), checked, then committed under its hash.
// DocumentStore is the adapter: the local folder below, or an S3-compatible object store.
import { createHash, randomBytes } from "node:crypto";
import { createReadStream, createWriteStream, mkdirSync } from "node:fs";
import { link, rm, stat, unlink } from "node:fs/promises";
import path from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { DomainError } from "@/lib/errors";

export interface StagedFile {
  /** A local file the store owns until commit or discard. */
  path: string;
  sha256: string;
  size: number;
}

export interface ByteRange {
  start: number;
  /** Inclusive, as in HTTP. */
  end: number;
}

export interface DocumentStore {
  readonly kind: string;
  /** Where staging files go: on the same file system as the store, so a commit is a rename. */
  stagingDir(): string;
  /** Stores a staged file under its hash; a file already stored is kept and the staged copy dropped. */
  commit(staged: StagedFile): Promise<{ created: boolean }>;
  /** The stored size, or null when nothing is stored under that hash. */
  size(sha256: string): Promise<number | null>;
  /** The bytes (or one range of them). */
  read(sha256: string, range?: ByteRange): Promise<Readable>;
  remove(sha256: string): Promise<void>;
}

export class TooLarge extends DomainError {
  constructor(
    readonly limit: "file" | "meeting",
    readonly maxBytes: number,
  ) {
    super(`meetingDocuments.errors.tooLarge.${limit}`, undefined, { maxMegabytes: Math.floor(maxBytes / 1048576) });
  }
}

const SHA256 = /^[0-9a-f]{64}$/;

export function isSha256(value: string): boolean {
  return SHA256.test(value);
}

/**
 * Streams `source` into a new staging file of `store`, hashing and counting as it goes; more than
 * `maxBytes` stops the copy and deletes what was written (the caller learns which limit from `limit`).
 */
export async function stage(
  store: DocumentStore,
  source: Readable | WebReadableStream<Uint8Array> | ReadableStream<Uint8Array>,
  options: { maxBytes: number; limit?: "file" | "meeting" },
): Promise<StagedFile> {
  const dir = store.stagingDir();
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `upload-${randomBytes(12).toString("hex")}`);
  const hash = createHash("sha256");
  let size = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      if (size > options.maxBytes) return done(new TooLarge(options.limit ?? "file", options.maxBytes));
      hash.update(chunk);
      done(null, chunk);
    },
  });
  const input = source instanceof Readable ? source : Readable.fromWeb(source as WebReadableStream<Uint8Array>);
  try {
    await pipeline(input, counter, createWriteStream(file, { flags: "wx" }));
  } catch (error) {
    await rm(file, { force: true });
    throw error;
  }
  return { path: file, sha256: hash.digest("hex"), size };
}

export async function discard(staged: StagedFile): Promise<void> {
  await rm(staged.path, { force: true });
}

/** The embedded default: `<root>/ab/abcdef…` (two letters of fan-out), staging in `<root>/.staging`. */
export class LocalStore implements DocumentStore {
  readonly kind = "local";

  constructor(readonly root: string) {}

  stagingDir(): string {
    return path.join(this.root, ".staging");
  }

  pathOf(sha256: string): string {
    if (!isSha256(sha256)) throw new Error(`not a SHA-256: ${sha256}`);
    return path.join(this.root, sha256.slice(0, 2), sha256);
  }

  async commit(staged: StagedFile): Promise<{ created: boolean }> {
    const target = this.pathOf(staged.sha256);
    mkdirSync(path.dirname(target), { recursive: true });
    try {
      // link + unlink, not rename: rename would replace a file stored meanwhile by a parallel upload,
      // link refuses, and the same bytes are already there.
      await link(staged.path, target);
      return { created: true };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "EEXIST") return { created: false };
      throw error;
    } finally {
      await unlink(staged.path).catch(() => undefined);
    }
  }

  async size(sha256: string): Promise<number | null> {
    try {
      return (await stat(this.pathOf(sha256))).size;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
  }

  async read(sha256: string, range?: ByteRange): Promise<Readable> {
    const file = this.pathOf(sha256);
    await stat(file); // ENOENT now rather than as a stream error after the headers are sent
    return createReadStream(file, range ? { start: range.start, end: range.end } : {});
  }

  async remove(sha256: string): Promise<void> {
    await rm(this.pathOf(sha256), { force: true });
  }
}
