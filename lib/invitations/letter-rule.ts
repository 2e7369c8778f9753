// An invitation has a letter once it was issued with a number from the GM register. The meeting page
// links to a letter, and the letter's page and .docx serve it, under this one rule: a link never leads
// to "not found".
export const ISSUED_LETTER = { documentNumber: { not: null } } as const;

export function hasLetter(invitation: { documentNumber: string | null }): boolean {
  return invitation.documentNumber !== null;
}
