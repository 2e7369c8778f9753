import "server-only";
import { notFound } from "next/navigation";
import { NotFound } from "./errors";

/** For pages: a record outside the caller's scope (or missing) renders the 404 page. */
export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof NotFound) notFound();
    throw error;
  }
}
