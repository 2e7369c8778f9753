// A stand-in for a remote signing service, on 127.0.0.1: it holds keys, takes a hash to sign, waits for
// the holder to confirm or refuse (a test, or the developer with curl, plays the phone), and returns a
// PKCS#1 v1.5 signature of that hash. For tests and development only: nothing protects its keys.
//   GET  /credentials/:id/certificates      → { certificates: [base64 DER, signer first] }
//   POST /signatures {credentialId, hash, hashAlgorithm, documentName} → { transactionId }
//   GET  /signatures/:tx                    → { state: pending|signed|refused|expired, signature?, reason? }
//   GET  /signatures?state=pending          → { requests: [{ transactionId, credentialId, documentName }] } (the phone)
//   POST /signatures/:tx/confirm | /refuse  → the holder's answer
import { constants, privateEncrypt, randomUUID, type KeyObject } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

// DER of DigestInfo { sha256, NULL } before the 32-byte hash (RFC 8017, 9.2 note 1).
const SHA256_DIGEST_INFO = Buffer.from("3031300d060960864801650304020105000420", "hex");

interface Transaction {
  credentialId: string;
  documentName: string;
  hash: Buffer;
  state: "pending" | "signed" | "refused" | "expired";
  signature?: Buffer;
  reason?: string;
}

export interface LoopbackService {
  url: string;
  /** The holder confirms (what their phone would do). */
  confirm(transactionId: string): void;
  refuse(transactionId: string, reason?: string): void;
  pending(): string[];
  /** Resolves with the next request that arrives. */
  nextRequest(): Promise<string>;
  close(): Promise<void>;
}

async function body(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return chunks.length ? (JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown>) : {};
}

export async function startLoopbackSigningService(
  credentials: Map<string, { key: KeyObject; chain: Buffer[] }>,
  port = 0,
): Promise<LoopbackService> {
  const transactions = new Map<string, Transaction>();
  const waiting: ((id: string) => void)[] = [];
  const answer = (id: string, confirm: boolean, reason?: string) => {
    const tx = transactions.get(id);
    if (!tx || tx.state !== "pending") return false;
    if (confirm) {
      const key = credentials.get(tx.credentialId)!.key;
      tx.signature = privateEncrypt(
        { key, padding: constants.RSA_PKCS1_PADDING },
        Buffer.concat([SHA256_DIGEST_INFO, tx.hash]),
      );
      tx.state = "signed";
    } else {
      tx.state = "refused";
      tx.reason = reason;
    }
    return true;
  };
  const server: Server = createServer((request, response) => {
    const send = (status: number, data: unknown) => {
      response.writeHead(status, { "content-type": "application/json" });
      response.end(JSON.stringify(data));
    };
    void (async () => {
      const url = new URL(request.url ?? "/", "http://127.0.0.1");
      const parts = url.pathname.split("/").filter(Boolean).map(decodeURIComponent);
      if (request.method === "GET" && parts[0] === "credentials" && parts[2] === "certificates") {
        const credential = credentials.get(parts[1] ?? "");
        return credential
          ? send(200, { certificates: credential.chain.map((c) => c.toString("base64")) })
          : send(404, { error: "unknown credential" });
      }
      if (parts[0] !== "signatures") return send(404, { error: "not found" });
      if (request.method === "POST" && parts.length === 1) {
        const input = await body(request);
        const credentialId = String(input.credentialId ?? "");
        const hash = Buffer.from(String(input.hash ?? ""), "base64");
        if (!credentials.has(credentialId)) return send(404, { error: "unknown credential" });
        if (input.hashAlgorithm !== "SHA-256" || hash.length !== 32) return send(400, { error: "bad hash" });
        const transactionId = randomUUID();
        transactions.set(transactionId, {
          credentialId,
          hash,
          documentName: String(input.documentName ?? ""),
          state: "pending",
        });
        waiting.splice(0).forEach((resolve) => resolve(transactionId));
        return send(200, { transactionId });
      }
      if (request.method === "GET" && parts.length === 1)
        return send(200, {
          requests: [...transactions]
            .filter(([, tx]) => tx.state === "pending")
            .map(([transactionId, tx]) => ({
              transactionId,
              credentialId: tx.credentialId,
              documentName: tx.documentName,
            })),
        });
      const tx = transactions.get(parts[1] ?? "");
      if (!tx) return send(404, { error: "unknown transaction" });
      if (request.method === "GET" && parts.length === 2)
        return send(200, {
          state: tx.state,
          ...(tx.signature ? { signature: tx.signature.toString("base64") } : {}),
          ...(tx.reason ? { reason: tx.reason } : {}),
        });
      if (request.method === "POST" && (parts[2] === "confirm" || parts[2] === "refuse")) {
        const input = await body(request);
        const done = answer(parts[1]!, parts[2] === "confirm", input.reason ? String(input.reason) : undefined);
        return send(done ? 200 : 409, { state: tx.state });
      }
      return send(404, { error: "not found" });
    })().catch(() => send(500, { error: "failed" }));
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}/`,
    confirm: (id) => void answer(id, true),
    refuse: (id, reason) => void answer(id, false, reason),
    pending: () => [...transactions].filter(([, tx]) => tx.state === "pending").map(([id]) => id),
    nextRequest: () => new Promise((resolve) => waiting.push(resolve)),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
