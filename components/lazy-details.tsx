"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";

/**
 * A `<details>` whose content is rendered only once it has been opened, then kept (a form half filled
 * in, closed and opened again, keeps what was typed; a refresh after saving keeps it open). The meeting
 * page has three such forms per point, each with its pickers: rendered eagerly they were most of the
 * page's HTML. The summary is the native one (keyboard and screen readers announce it expanded or
 * collapsed); the content is given as client elements, whose props alone travel with the page.
 */
export function LazyDetails({
  summary,
  className,
  summaryClassName,
  children,
}: {
  summary: ReactNode;
  className?: string;
  summaryClassName?: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDetailsElement>(null);
  const [opened, setOpened] = useState(false);
  // Opened before the page was hydrated: the toggle event has gone, the open attribute says it.
  useEffect(() => {
    if (ref.current?.open) setOpened(true);
  }, []);
  return (
    <details
      ref={ref}
      className={className}
      onToggle={(event) => {
        if (event.currentTarget.open) setOpened(true);
      }}
    >
      <summary className={summaryClassName}>{summary}</summary>
      {opened && children}
    </details>
  );
}
