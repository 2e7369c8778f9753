import { foldAccents } from "@/lib/text/normalize";
import { PASSWORD_LENGTH } from "./schema";
import list from "./common-passwords.json";

// The password policy: at least 12 characters, not one of the common passwords shipped with the app
// (nor one of them with digits or signs around it, "password2024!"), and not containing the name part
// of the account's e-mail address. Runs on the server, where the list is, on every password set.

const COMMON = new Set(list.passwords);

export type PasswordProblem = "tooShort" | "tooLong" | "common" | "containsEmailName";

/** Lower case without accents, so "Mật Khẩu" is the "matkhau" of the list and of an address. */
const fold = (s: string) => foldAccents(s.normalize("NFC")).toLowerCase();

function isCommon(password: string): boolean {
  const folded = fold(password);
  const squeezed = folded.replace(/\s+/g, "");
  // The word with what people add to reach a length rule stripped off both ends.
  const core = squeezed.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");
  return COMMON.has(folded) || COMMON.has(squeezed) || (core.length >= 4 && COMMON.has(core));
}

function containsEmailName(password: string, email: string): boolean {
  const local = fold(email.split("@")[0] ?? "");
  const folded = fold(password).replace(/\s+/g, "");
  // "tran.thi.lan" is refused as itself and as "tranthilan"; very short names would refuse too much.
  return [local, local.replace(/[^\p{L}\p{N}]+/gu, "")].some((name) => name.length >= 3 && folded.includes(name));
}

/** The first rule the password breaks, or null when it may be used for that account. */
export function passwordProblem(password: string, email: string): PasswordProblem | null {
  // Counted as the form's schema counts (UTF-16 units, after NFC), so both give the same answer.
  const chars = password.normalize("NFC").length;
  if (chars < PASSWORD_LENGTH.min) return "tooShort";
  if (chars > PASSWORD_LENGTH.max) return "tooLong";
  if (isCommon(password)) return "common";
  if (containsEmailName(password, email)) return "containsEmailName";
  return null;
}
