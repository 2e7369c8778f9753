// The invitation letter as a Word file, laid out as Nghị định 30/2020/NĐ-CP prescribes.
import { Packer, type Document } from "docx";
import { bodyParagraph, closingTable, letterheadTable, officialDocument, spacer, titleBlock } from "./letterhead-docx";
import { invitationLetterParts, type InvitationLetter } from "./invitation-letter";

export function invitationDocument(letter: InvitationLetter): Document {
  const parts = invitationLetterParts(letter);
  return officialDocument({
    title: `Giấy mời số ${letter.number}`,
    creator: letter.issuingBody,
    children: [
      letterheadTable(parts),
      ...titleBlock(parts.title, [parts.subject]),
      ...parts.body.map((paragraph) => bodyParagraph(paragraph)),
      spacer(),
      closingTable(parts),
    ],
  });
}

/** The .docx file of the letter. */
export async function renderInvitationDocx(letter: InvitationLetter): Promise<Buffer> {
  return Packer.toBuffer(invitationDocument(letter));
}
