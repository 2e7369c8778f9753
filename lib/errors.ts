// Expected failures carry a message-catalogue key, so the user reads them in their own language.
export class DomainError extends Error {
  constructor(
    readonly key: string,
    readonly fieldErrors?: Record<string, string>,
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
