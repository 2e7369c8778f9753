// `npx tsx scripts/bench/page-weight.ts [--url http://localhost:3000]`: the bytes of HTML a few pages
// send (raw and gzipped), and how many of them are the flight data that carries the messages given to
// client components, against a production server with the demo data (DATABASE_URL names its database,
// to find a minutes editor). Prints figures; asserts nothing.
// Signed out: the sign-in page. As a ward's representative: its invitations and one invitation. As
// the town's secretariat: a meeting page and a minutes editor. On a `npm run bench:data` database:
// `--secretariat <organiser> --password <its password> --meeting <id>` weighs that conference's page
// (its first 50 points) instead of the secretariat's first meeting.
import { gzipSync } from "node:zlib";
import { DEMO_PASSWORD } from "../../lib/demo/accounts";
import { connect } from "../../lib/db/connect";
import { resolveDatabaseUrl } from "../../lib/db/url";
import { AppClient } from "../http/app-client";

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const BASE = arg("url", "http://localhost:3000");

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** The flight data inlined in the HTML (React's `self.__next_f.push` scripts). */
function flightBytes(html: string): number {
  let bytes = 0;
  for (const m of html.matchAll(/<script[^>]*>(self\.__next_f\.push\([\s\S]*?)<\/script>/g))
    bytes += Buffer.byteLength(m[1]!);
  return bytes;
}

function print(name: string, status: number, html: string) {
  const raw = Buffer.byteLength(html);
  console.log(
    `${name.padEnd(34)} ${String(status).padStart(4)} ${kib(raw).padStart(11)} ${kib(gzipSync(html).length).padStart(11)} ${kib(flightBytes(html)).padStart(11)}`,
  );
}

/** The first link of `html` matching `pattern`, as a path. */
function firstLink(html: string, pattern: RegExp): string {
  const match = [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!).find((href) => pattern.test(href));
  if (!match) throw new Error(`no link matching ${pattern}`);
  return match.replace(/&amp;/g, "&");
}

async function main() {
  console.log(
    `${"page".padEnd(34)} ${"HTTP".padStart(4)} ${"HTML".padStart(11)} ${"gzipped".padStart(11)} ${"flight".padStart(11)}`,
  );
  const anonymous = new AppClient(BASE);
  const login = await anonymous.request("/login");
  print("/login (signed out)", login.status, login.text);

  const ward = new AppClient(BASE);
  await ward.signIn("nghihai@hoinghi.local", DEMO_PASSWORD);
  const list = await ward.request("/invitations");
  print("/invitations (a ward)", list.status, list.text);
  const invitationPath = firstLink(list.text, /^\/invitations\/[^/?#]+$/);
  const invitation = await ward.request(invitationPath);
  print("a ward's invitation page", invitation.status, invitation.text);

  const office = new AppClient(BASE);
  await office.signIn(arg("secretariat", "vanphong@hoinghi.local"), arg("password", DEMO_PASSWORD));
  const meetingId = arg("meeting", "");
  const meetingPath = meetingId
    ? `/meetings/${meetingId}`
    : firstLink((await office.request("/meetings")).text, /^\/meetings\/[^/?#]+$/);
  const meeting = await office.request(meetingPath);
  print("a meeting page (secretariat)", meeting.status, meeting.text);
  // A minutes editor: the demo's first minutes, found in the database the server uses (DATABASE_URL),
  // when the secretariat is the demo's.
  if (meetingId) return;
  const db = connect(resolveDatabaseUrl(process.env));
  const minutes = await db.minutes.findFirst({ orderBy: { createdAt: "asc" }, select: { id: true, meetingId: true } });
  await db.$disconnect();
  if (minutes) {
    const page = await office.request(`/meetings/${minutes.meetingId}/minutes/${minutes.id}`);
    print("a minutes editor (secretariat)", page.status, page.text);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
