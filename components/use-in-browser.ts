import { useSyncExternalStore } from "react";

const subscribeNothing = () => () => {};

/**
 * False on the server and while hydrating, true after: for what only the browser should render (an
 * editor) or change (fields hidden by script, which a page without JavaScript must still show).
 */
export function useInBrowser(): boolean {
  return useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  );
}
