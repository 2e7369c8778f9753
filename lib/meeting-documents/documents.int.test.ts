import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { runAction } from "@/lib/action";
import type { SessionUser } from "@/lib/auth/roles";
import { representativeOf, seedDemoOnce, userFor } from "@/lib/testing/fixtures";
import {
  addVersion,
  contribute,
  markRead,
  openDocumentFile,
  reviewContribution,
  setContributionDeadline,
} from "./documents";
import { createDocumentMutation, addVersionMutation, contributeMutation } from "./mutations";
import { fileResponse, uploadResponse } from "./routes";
import { exeFile, officeFile, pdfFile } from "./testing/samples";

// The documents of the seeded 27/12/2022 conference: organised by the province, with a point at Cửa Lò
// hosted by the town (whose office adds documents for its own point) and the town's 7 wards invited there.

const dir = mkdtempSync(path.join(os.tmpdir(), "hoinghi-docs-"));
process.env.HOINGHI_DOCUMENTS_DIR = dir;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let users: Awaited<ReturnType<typeof seedDemoOnce>>;
let province: SessionUser;
let meetingId: string;
let items: { id: string; version: number }[];
let cuaLoPointId: string;
let mainPointUnitRep: SessionUser;
let otherWard: SessionUser;

function uploadRequest(body: Buffer | ReadableStream<Uint8Array>, name: string, origin = "http://localhost") {
  return new Request(`http://localhost/meetings/${meetingId}/documents/upload`, {
    method: "POST",
    headers: {
      origin,
      host: "localhost",
      "content-type": "application/octet-stream",
      "x-file-name": encodeURIComponent(name),
    },
    body: (Buffer.isBuffer(body) ? new Uint8Array(body) : body) as BodyInit,
    // Node's fetch needs it for a stream body; the DOM types do not know it.
    ...({ duplex: "half" } as RequestInit),
  });
}

async function upload(user: SessionUser, body: Buffer, name = "Dự thảo báo cáo.pdf") {
  const response = await uploadResponse(user, uploadRequest(body, name), meetingId);
  const json = (await response.json()) as {
    ok: boolean;
    message?: string;
    data?: { uploadId: string; sha256: string };
  };
  return { status: response.status, ...json };
}

function get(documentId: string, query = "", headers: Record<string, string> = {}) {
  return new Request(`http://localhost/meetings/${meetingId}/documents/${documentId}/file${query}`, { headers });
}

function storedFiles(): string[] {
  return readdirSync(dir)
    .filter((d) => d.length === 2)
    .flatMap((d) => readdirSync(path.join(dir, d)));
}

beforeAll(async () => {
  users = await seedDemoOnce();
  province = await userFor("SECRETARIAT", "Tỉnh Nghệ An");
  const meeting = await db.meeting.findFirstOrThrow({
    where: { title: { startsWith: "Hội nghị trực tuyến tổng kết công tác lao động" } },
    select: {
      id: true,
      agendaItems: { orderBy: { position: "asc" }, select: { id: true, version: true } },
      points: { select: { id: true, isMain: true, invitations: { select: { unit: { select: { name: true } } } } } },
    },
  });
  meetingId = meeting.id;
  items = meeting.agendaItems;
  cuaLoPointId = meeting.points.find((p) => !p.isMain)!.id;
  const mainUnit = meeting.points.find((p) => p.isMain)!.invitations[0]!.unit.name;
  mainPointUnitRep = await representativeOf(mainUnit);
  otherWard = await representativeOf("Phường Nghi Thủy");
});

describe("who may upload, replace and read", () => {
  let documentId: string;

  it("the Cửa Lò office attaches a draft report to the first agenda item, for its own point", async () => {
    const up = await upload(users.secretariat, pdfFile());
    expect(up.status).toBe(201);
    const created = await runAction(createDocumentMutation, users.secretariat, {
      meetingId,
      uploadId: up.data!.uploadId,
      agendaItemId: items[0]!.id,
      title: "Dự thảo báo cáo tổng kết năm 2022",
      audience: "INVITED",
    });
    expect(created).toMatchObject({ ok: true });
    documentId = (created as { data: { id: string } }).data.id;
    const document = await db.meetingDocument.findUniqueOrThrow({
      where: { id: documentId },
      include: { audiencePoints: true },
    });
    expect(document).toMatchObject({ audience: "POINTS", ownerUnitId: users.secretariat.unitId, status: "PUBLISHED" });
    expect(document.audiencePoints.map((p) => p.meetingPointId)).toEqual([cuaLoPointId]);
    // Its readers at the point hear of it, in the app and by e-mail, with a link and not the file.
    expect(await db.notification.count({ where: { userId: users.nghiHai.id, kind: "meetingDocument.new" } })).toBe(1);
    const mail = await db.outboxMessage.findFirstOrThrow({ where: { kind: "meetingDocument.new", meetingId } });
    expect(mail.text).toContain(`/meetings/${meetingId}/documents/${documentId}`);
  });

  it("a ward invited there reads it inline with the right headers and ranges; the opening is on its receipt", async () => {
    const response = await fileResponse(users.nghiHai, get(documentId), documentId);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-disposition")).toBe(
      `inline; filename="Du thao bao cao.pdf"; filename*=UTF-8''D%E1%BB%B1%20th%E1%BA%A3o%20b%C3%A1o%20c%C3%A1o.pdf`,
    );
    expect(Buffer.from(await response.arrayBuffer()).equals(pdfFile())).toBe(true);
    const part = await fileResponse(users.nghiHai, get(documentId, "", { range: "bytes=0-4" }), documentId);
    expect(part.status).toBe(206);
    expect(part.headers.get("content-range")).toBe(`bytes 0-4/${pdfFile().length}`);
    expect(await part.text()).toBe("%PDF-");
    const beyond = await fileResponse(users.nghiHai, get(documentId, "", { range: "bytes=999999-" }), documentId);
    expect(beyond.status).toBe(416);
    const receipt = await db.meetingDocumentRead.findFirstOrThrow({ where: { documentId, userId: users.nghiHai.id } });
    expect(receipt.firstOpenedAt).not.toBeNull();
    expect(receipt.readAt).toBeNull();
    await markRead(users.nghiHai, { documentId });
    expect(
      (await db.meetingDocumentRead.findFirstOrThrow({ where: { documentId, userId: users.nghiHai.id } })).readAt,
    ).not.toBeNull();
    expect(await db.auditLog.count({ where: { entityId: documentId, action: "meetingDocument.open" } })).toBe(2);
  });

  it("the wrong unit gets not found: a unit invited at the main point only, and a unit not invited", async () => {
    for (const user of [mainPointUnitRep]) {
      expect((await fileResponse(user, get(documentId), documentId)).status).toBe(404);
      await expect(markRead(user, { documentId })).rejects.toMatchObject({ key: "errors.notFound" });
    }
    const notInvited = await db.unit.findFirstOrThrow({
      where: { invitations: { none: { meetingId } }, kind: "OFFICE" },
    });
    const stranger = await representativeOf(notInvited.name);
    expect((await fileResponse(stranger, get(documentId), documentId)).status).toBe(404);
    expect((await fileResponse(null, get(documentId), documentId)).status).toBe(401);
  });

  it("a ward may not upload or create documents, nor a host for another point's audience", async () => {
    expect((await upload(users.nghiHai, pdfFile())).status).toBe(403);
    expect(
      await runAction(createDocumentMutation, users.nghiHai, { meetingId, uploadId: "x", title: "x" }),
    ).toMatchObject({
      ok: false,
      message: "errors.forbidden",
    });
    const up = await upload(users.secretariat, pdfFile("khac"));
    expect(
      await runAction(createDocumentMutation, users.secretariat, {
        meetingId,
        uploadId: up.data!.uploadId,
        title: "Chỉ cho chủ trì",
        audience: "CHAIRS",
      }),
    ).toMatchObject({ ok: false, message: "errors.forbidden" });
    // Another user may not use someone's upload.
    expect(
      await runAction(createDocumentMutation, province, {
        meetingId,
        uploadId: up.data!.uploadId,
        title: "Lấy tệp của người khác",
      }),
    ).toMatchObject({ ok: false, message: "meetingDocuments.errors.uploadGone" });
  });

  it("a cross-site post and a form post are refused before a byte is read", async () => {
    const response = await uploadResponse(
      users.secretariat,
      uploadRequest(pdfFile(), "x.pdf", "https://evil.example"),
      meetingId,
    );
    expect(response.status).toBe(403);
  });

  it("a new upload is version N+1; the earlier stays readable; the same bytes are stored once", async () => {
    const before = storedFiles().length;
    const up = await upload(users.secretariat, pdfFile("Ban sua 2"));
    const doc = await db.meetingDocument.findUniqueOrThrow({ where: { id: documentId } });
    const result = await runAction(addVersionMutation, users.secretariat, {
      documentId,
      version: doc.version,
      uploadId: up.data!.uploadId,
      changeNote: "Bổ sung số liệu quý IV",
    });
    expect(result).toMatchObject({ ok: true, data: { number: 2 } });
    expect(await (await fileResponse(users.nghiHai, get(documentId), documentId)).text()).toContain("Ban sua 2");
    expect(await (await fileResponse(users.nghiHai, get(documentId, "?v=1"), documentId)).text()).toContain(
      "Du thao bao cao",
    );
    // The stale page's version is refused.
    const again = await upload(users.secretariat, pdfFile("Ban sua 2"));
    expect(
      await runAction(addVersionMutation, users.secretariat, {
        documentId,
        version: doc.version,
        uploadId: again.data!.uploadId,
        changeNote: "x",
      }),
    ).toMatchObject({ ok: false, message: "errors.staleVersion" });
    // Same bytes as version 2: version 3 shares its file.
    const v3 = await addVersion(users.secretariat, {
      documentId,
      version: doc.version + 1,
      uploadId: again.data!.uploadId,
      changeNote: "Bản gửi lại",
    });
    expect(v3.number).toBe(3);
    const versions = await db.meetingDocumentVersion.findMany({ where: { documentId }, orderBy: { number: "asc" } });
    expect(versions[1]!.sha256).toBe(versions[2]!.sha256);
    expect(storedFiles().length).toBe(before + 1);
    // A ward may not replace the secretariat's document.
    const wardUpload = await db.meetingDocumentUpload.create({
      data: {
        meetingId,
        userId: users.nghiHai.id,
        sha256: versions[0]!.sha256,
        size: 1,
        mimeType: "application/pdf",
        fileName: "x.pdf",
      },
    });
    expect(
      await runAction(addVersionMutation, users.nghiHai, {
        documentId,
        version: doc.version + 2,
        uploadId: wardUpload.id,
        changeNote: "x",
      }),
    ).toMatchObject({ ok: false, message: "errors.forbidden" });
  });
});

describe("content checks", () => {
  it("refuses a renamed .exe and an Office file with macros, and keeps nothing of them", async () => {
    const before = storedFiles().length;
    const exe = await upload(users.secretariat, exeFile(), "Báo cáo.pdf");
    expect(exe).toMatchObject({ status: 415, message: "meetingDocuments.errors.content.type" });
    const macro = await upload(users.secretariat, officeFile("docx", { vba: true }), "Kế hoạch.docx");
    expect(macro).toMatchObject({ status: 415, message: "meetingDocuments.errors.content.macros" });
    expect(storedFiles().length).toBe(before);
    expect(readdirSync(path.join(dir, ".staging"))).toEqual([]);
    const docx = await upload(users.secretariat, officeFile("docx"), "Kế hoạch.docx");
    expect(docx.status).toBe(201);
  });
});

describe("confidential documents", () => {
  it("have no download, every opening is audited, and the e-mail names nothing", async () => {
    const up = await upload(province, pdfFile("Mat"));
    const { data } = (await runAction(createDocumentMutation, province, {
      meetingId,
      uploadId: up.data!.uploadId,
      title: "Phương án nhân sự",
      confidential: "on",
    })) as { data: { id: string } };
    const id = data.id;
    expect((await fileResponse(users.nghiHai, get(id, "?download=1"), id)).status).toBe(404);
    const inline = await fileResponse(users.nghiHai, get(id), id);
    expect(inline.status).toBe(200);
    expect(inline.headers.get("content-disposition")).toMatch(/^inline;/);
    await fileResponse(users.chair, get(id), id);
    const opens = await db.auditLog.findMany({ where: { entityId: id, action: "meetingDocument.open" } });
    expect(opens.map((o) => o.actorId).sort()).toEqual([users.nghiHai.id, users.chair.id].sort());
    expect(JSON.parse(opens[0]!.after!)).toMatchObject({ confidential: true });
    const mails = await db.outboxMessage.findMany({
      where: { kind: "meetingDocument.new", meetingId, text: { contains: id } },
    });
    expect(mails.length).toBeGreaterThan(0);
    for (const m of mails) expect(`${m.subject}${m.text}`).not.toContain("nhân sự");
    // A confidential Office file could not be read in the app: refused.
    const docx = await upload(province, officeFile("docx"), "Nhân sự.docx");
    expect(
      await runAction(createDocumentMutation, province, {
        meetingId,
        uploadId: docx.data!.uploadId,
        title: "x",
        confidential: true,
      }),
    ).toMatchObject({ ok: false, message: "meetingDocuments.errors.confidentialNeedsPdf" });
  });
});

describe("contributions of units", () => {
  it("a ward contributes before the deadline; the secretariat returns and accepts; after the deadline it is refused", async () => {
    const item = items[1]!;
    const now = new Date();
    const due = new Date(now.getTime() + 3600_000);
    expect(
      await setContributionDeadline(users.secretariat, {
        agendaItemId: item.id,
        version: item.version,
        dueAt: due,
      }).catch((e: { key: string }) => e.key),
    ).toBe("errors.forbidden"); // the host's office does not run the agenda
    await setContributionDeadline(province, { agendaItemId: item.id, version: item.version, dueAt: due });
    const up = await upload(users.nghiHai, pdfFile("Tham luan Nghi Hai"), "Tham luận Nghi Hải.pdf");
    expect(up.status).toBe(201);
    const { data } = (await runAction(contributeMutation, users.nghiHai, {
      agendaItemId: item.id,
      uploadId: up.data!.uploadId,
      title: "Báo cáo tham luận phường Nghi Hải",
    })) as { data: { id: string } };
    const id = data.id;
    expect((await fileResponse(otherWard, get(id), id)).status).toBe(404); // not yet published
    expect((await fileResponse(users.nghiHai, get(id), id)).status).toBe(200);
    let doc = await db.meetingDocument.findUniqueOrThrow({ where: { id } });
    await reviewContribution(province, {
      documentId: id,
      version: doc.version,
      decision: "RETURN",
      note: "Bổ sung số liệu",
    });
    doc = await db.meetingDocument.findUniqueOrThrow({ where: { id } });
    expect(doc).toMatchObject({ status: "RETURNED", returnNote: "Bổ sung số liệu" });
    // After the deadline: neither a new contribution nor a new version.
    const late = new Date(due.getTime() + 60_000);
    const up2 = await upload(users.nghiHai, pdfFile("Tham luan 2"));
    await expect(
      contribute(users.nghiHai, { agendaItemId: item.id, uploadId: up2.data!.uploadId, title: "Muộn" }, late),
    ).rejects.toMatchObject({ key: "meetingDocuments.errors.deadlinePassed" });
    await expect(
      addVersion(
        users.nghiHai,
        { documentId: id, version: doc.version, uploadId: up2.data!.uploadId, changeNote: "x" },
        late,
      ),
    ).rejects.toMatchObject({ key: "meetingDocuments.errors.deadlinePassed" });
    await addVersion(users.nghiHai, {
      documentId: id,
      version: doc.version,
      uploadId: up2.data!.uploadId,
      changeNote: "Đã bổ sung",
    });
    doc = await db.meetingDocument.findUniqueOrThrow({ where: { id } });
    expect(doc).toMatchObject({ status: "SUBMITTED", currentVersion: 2 });
    await reviewContribution(province, { documentId: id, version: doc.version, decision: "ACCEPT", note: null });
    expect((await fileResponse(otherWard, get(id), id)).status).toBe(200);
    await expect(openDocumentFile(mainPointUnitRep, id, { disposition: "inline" })).resolves.toBeTruthy(); // everyone invited
  });
});

describe("a 200 MB upload", () => {
  it("streams through in bounded memory", async () => {
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    const total = 200;
    let sent = 0;
    let peak = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        peak = Math.max(peak, process.memoryUsage().rss);
        if (sent === 0) controller.enqueue(new Uint8Array(Buffer.from("%PDF-1.4\n")));
        if (sent === total) return controller.close();
        sent++;
        controller.enqueue(new Uint8Array(chunk));
      },
    });
    global.gc?.();
    const before = process.memoryUsage().rss;
    const response = await uploadResponse(users.secretariat, uploadRequest(body, "Phụ lục lớn.pdf"), meetingId);
    const json = (await response.json()) as { data: { size: number } };
    expect(response.status).toBe(201);
    expect(json.data.size).toBe(total * 1024 * 1024 + 9);
    const growth = (peak - before) / 1024 / 1024;
    console.log(`200 MB upload: RSS ${Math.round(before / 1048576)} MB before, peak growth ${growth.toFixed(1)} MB`);
    expect(growth).toBeLessThan(64);
  }, 120_000);
});
