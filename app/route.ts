import { redirect } from "next/navigation";
import { currentUser } from "@/lib/auth/session";
import { homePathFor } from "@/lib/auth/roles";

// "/" is only a way in. A route handler answers it with a bare 307 to the role's home (or to sign-in):
// a page here would render the root layout and its messages first, for a response no one sees.
export async function GET() {
  const user = await currentUser();
  redirect(user ? homePathFor(user.role) : "/login");
}
