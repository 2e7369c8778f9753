// The machine's limit for the answer benchmark: a bare Node `http` server that parses the same multipart
// form and inserts the same kind of row with better-sqlite3, as durably as the app does (WAL with
// synchronous = FULL, one commit per answer), then redirects like the app. No framework, no session.
//   tsx scripts/bench/bare-answer-server.ts <port> <database file>
import { randomUUID } from "node:crypto";
import { createServer } from "node:http";
import Database from "better-sqlite3";

const [port, file] = [Number(process.argv[2]), process.argv[3]!];
const db = new Database(file);
db.pragma("journal_mode = WAL");
db.pragma("synchronous = FULL");
db.exec(
  "CREATE TABLE IF NOT EXISTS answer (id TEXT PRIMARY KEY, invitation_id TEXT NOT NULL, kind TEXT NOT NULL, reason TEXT, created_at TEXT NOT NULL)",
);
const insert = db.prepare("INSERT INTO answer (id, invitation_id, kind, reason, created_at) VALUES (?, ?, ?, ?, ?)");

createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("end", () => {
    if (req.method !== "POST") {
      res.writeHead(200).end("ok");
      return;
    }
    new Response(Buffer.concat(chunks), { headers: { "content-type": req.headers["content-type"] ?? "" } })
      .formData()
      .then((form) => {
        const invitationId = String(form.get("invitationId") ?? "");
        insert.run(
          randomUUID(),
          invitationId,
          String(form.get("kind")),
          String(form.get("reason")),
          new Date().toISOString(),
        );
        res.writeHead(303, { Location: `/invitations/${invitationId}?saved=1` }).end();
      })
      .catch(() => res.writeHead(400).end());
  });
}).listen(port);
