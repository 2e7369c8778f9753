// Expected failures carry a message-catalogue key, so the user reads them in their own language.
export class DomainError extends Error {
  constructor(
    readonly key: string,
    readonly fieldErrors?: Record<string, string>,
    /** Plain data the form shows with the message, e.g. the conflicts that refused a change. */
    readonly details?: unknown,
  ) {
    super(key);
    this.name = "DomainError";
  }
}

export class AccessDenied extends DomainError {
  constructor() {
    super("errors.forbidden");
  }
}

/** Also what a caller gets for a record outside their scope: they cannot learn that it exists. */
export class NotFound extends DomainError {
  constructor() {
    super("errors.notFound");
  }
}

/** Someone else saved first: the caller's form is out of date. */
export class StaleVersion extends DomainError {
  constructor() {
    super("errors.staleVersion");
  }
}
