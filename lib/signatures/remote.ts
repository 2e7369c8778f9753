// Remote signing (ký số từ xa): the key stays with a signing service, as with the Vietnamese remote
// signing services. hoinghi sends the SHA-256 of what is to be signed (the CMS signed attributes, which
// hold the PDF's digest); the holder confirms on their phone; the service returns the signature value.
// A province adds its provider by implementing RemoteSigningProvider (README "Digital signatures");
// hoinghi ships one that speaks the JSON API of the loopback test double (loopback.ts).
import { createHash } from "node:crypto";
import { DomainError } from "@/lib/errors";
import type { SignatureSource } from "./signer";

export type RemoteStatus =
  | { state: "pending" }
  | { state: "signed"; signature: Buffer }
  | { state: "refused"; reason?: string }
  | { state: "expired" };

export interface RemoteSignatureRequest {
  /** The holder's credential (account, certificate) at the service. */
  credentialId: string;
  /** SHA-256 of the DER of the CMS signed attributes: what the key signs (PKCS#1 v1.5 or ECDSA). */
  hash: Buffer;
  hashAlgorithm: "SHA-256";
  /** Shown to the holder on their phone: "Biên bản 05/BB-UBND". */
  documentName: string;
}

export interface RemoteSigningProvider {
  /** The holder's certificate chain, signer first, DER. */
  certificateChain(credentialId: string): Promise<Buffer[]>;
  /** Sends the hash; the service asks the holder to confirm. */
  requestSignature(request: RemoteSignatureRequest): Promise<{ transactionId: string }>;
  /** Where the request stands; polled until it is no longer pending. */
  signatureStatus(transactionId: string): Promise<RemoteStatus>;
}

export class RemoteSigningRefused extends DomainError {
  constructor(readonly reason?: string) {
    super("signatures.errors.remoteRefused");
  }
}

export class RemoteSigningTimeout extends DomainError {
  constructor() {
    super("signatures.errors.remoteTimeout");
  }
}

export interface RemoteOptions {
  documentName: string;
  /** How long the holder has to confirm; the services' own limit is usually a few minutes. */
  timeoutMs?: number;
  pollMs?: number;
  /** Told the transaction id once the request is out (for the audit, or to show the holder). */
  onRequested?: (transactionId: string) => void;
}

export const DEFAULT_REMOTE_TIMEOUT_MS = 120_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A SignatureSource whose key is at the service. */
export function remoteSource(
  provider: RemoteSigningProvider,
  credentialId: string,
  chain: Buffer[],
  options: RemoteOptions,
): SignatureSource {
  return {
    chain,
    sign: async (signedAttributes) => {
      const hash = createHash("sha256").update(signedAttributes).digest();
      const { transactionId } = await provider.requestSignature({
        credentialId,
        hash,
        hashAlgorithm: "SHA-256",
        documentName: options.documentName,
      });
      options.onRequested?.(transactionId);
      const deadline = Date.now() + (options.timeoutMs ?? DEFAULT_REMOTE_TIMEOUT_MS);
      for (;;) {
        const status = await provider.signatureStatus(transactionId);
        if (status.state === "signed") return status.signature;
        if (status.state === "refused") throw new RemoteSigningRefused(status.reason);
        if (status.state === "expired" || Date.now() >= deadline) throw new RemoteSigningTimeout();
        await sleep(Math.min(options.pollMs ?? 1000, Math.max(0, deadline - Date.now())));
      }
    },
  };
}

/** The provider for the JSON API of loopback.ts at `baseUrl` (HOINGHI_REMOTE_SIGNING_URL). */
export function httpRemoteProvider(baseUrl: string): RemoteSigningProvider {
  const url = (path: string) => new URL(path, baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`).toString();
  const call = async <T>(path: string, init?: RequestInit): Promise<T> => {
    let response: Response;
    try {
      response = await fetch(url(path), {
        ...init,
        headers: { "content-type": "application/json" },
        signal: AbortSignal.timeout(15_000),
      });
    } catch {
      throw new DomainError("signatures.errors.remoteUnavailable");
    }
    if (response.status === 404) throw new DomainError("signatures.errors.remoteUnknownCredential");
    if (!response.ok) throw new DomainError("signatures.errors.remoteUnavailable");
    return (await response.json()) as T;
  };
  return {
    certificateChain: async (credentialId) => {
      const body = await call<{ certificates: string[] }>(
        `credentials/${encodeURIComponent(credentialId)}/certificates`,
      );
      return body.certificates.map((c) => Buffer.from(c, "base64"));
    },
    requestSignature: async (request) =>
      call<{ transactionId: string }>("signatures", {
        method: "POST",
        body: JSON.stringify({
          credentialId: request.credentialId,
          hash: request.hash.toString("base64"),
          hashAlgorithm: request.hashAlgorithm,
          documentName: request.documentName,
        }),
      }),
    signatureStatus: async (transactionId) => {
      const body = await call<{ state: RemoteStatus["state"]; signature?: string; reason?: string }>(
        `signatures/${encodeURIComponent(transactionId)}`,
      );
      if (body.state === "signed") return { state: "signed", signature: Buffer.from(body.signature ?? "", "base64") };
      if (body.state === "refused") return { state: "refused", reason: body.reason };
      return { state: body.state === "expired" ? "expired" : "pending" };
    },
  };
}

/** The configured provider, if any. */
export function configuredRemoteProvider(
  env: Record<string, string | undefined> = process.env,
): RemoteSigningProvider | null {
  return env.HOINGHI_REMOTE_SIGNING_URL ? httpRemoteProvider(env.HOINGHI_REMOTE_SIGNING_URL) : null;
}
