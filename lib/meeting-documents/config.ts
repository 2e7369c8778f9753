// Where meeting documents are kept and how large they may be, from the environment.
import path from "node:path";
import { resolveDatabaseUrl, type DatabaseTarget } from "@/lib/db/url";
import { LocalStore, type DocumentStore } from "./store";

type Env = Record<string, string | undefined>;

const MB = 1024 * 1024;

/** HOINGHI_DOCUMENTS_DIR, else `documents/` beside the SQLite file (as backups are), else data/documents. */
export function documentsDir(target: DatabaseTarget, env: Env = process.env): string {
  if (env.HOINGHI_DOCUMENTS_DIR) return path.resolve(env.HOINGHI_DOCUMENTS_DIR);
  return target.provider === "sqlite"
    ? path.join(path.dirname(target.filename), "documents")
    : path.resolve("data", "documents");
}

function megabytes(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value.trim() === "") return fallback * MB;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number of megabytes, not "${value}"`);
  return Math.floor(n * MB);
}

export interface DocumentLimits {
  /** One file. */
  fileBytes: number;
  /** Every version of every document of one meeting together (a file used twice counts twice). */
  meetingBytes: number;
}

export function documentLimits(env: Env = process.env): DocumentLimits {
  return {
    fileBytes: megabytes(env.HOINGHI_DOCUMENT_MAX_MB, 250, "HOINGHI_DOCUMENT_MAX_MB"),
    meetingBytes: megabytes(env.HOINGHI_MEETING_DOCUMENTS_MAX_MB, 2048, "HOINGHI_MEETING_DOCUMENTS_MAX_MB"),
  };
}

const cache = globalThis as unknown as { hoinghiDocumentStore?: { key: string; store: DocumentStore } };

/** This process's store (the local folder; see the README for an S3-compatible store). */
export function documentStore(env: Env = process.env): DocumentStore {
  const root = documentsDir(resolveDatabaseUrl(env), env);
  if (cache.hoinghiDocumentStore?.key !== root) cache.hoinghiDocumentStore = { key: root, store: new LocalStore(root) };
  return cache.hoinghiDocumentStore.store;
}
