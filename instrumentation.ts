// Next.js calls register() once when a server process starts (not during `next build`).
export async function register() {
  // The mail worker needs Node.js (SMTP sockets, the database driver); the edge runtime gets nothing.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startMailWorker } = await import("./lib/mail/worker");
  startMailWorker();
  const { startBackupWorker } = await import("./lib/backup/worker");
  startBackupWorker();
}
