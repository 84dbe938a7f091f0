/**
 * Errors the product's rules raise. One exception filter turns them into RFC 9457 problem+json;
 * services never build HTTP responses themselves and never let a rule violation surface as a 500.
 */
export class DomainError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    message: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string, id: number | string) {
    super(404, 'Not Found', `${what} ${id} does not exist`, { resource: what.toLowerCase(), id });
  }
}

export class ConflictError extends DomainError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(409, 'Conflict', message, extensions);
  }
}

export class StaleVersionError extends ConflictError {
  constructor(claimId: number, expected: number, current: number) {
    super(
      `Claim ${claimId} was changed by someone else: you sent version ${expected}, the current version is ${current}. Reload the claim and try again.`,
      { rule: 'optimistic-concurrency', currentVersion: current },
    );
  }
}

/** The input is well-formed but breaks a rule of the product (a span outside the body, an illegal transition). */
export class RuleViolationError extends DomainError {
  constructor(rule: string, message: string, status: 409 | 422 = 422) {
    super(status, status === 409 ? 'Conflict' : 'Unprocessable Content', message, { rule });
  }
}

export class ForbiddenError extends DomainError {
  constructor(message: string) {
    super(403, 'Forbidden', message);
  }
}

export class BadRequestError extends DomainError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(400, 'Bad Request', message, extensions);
  }
}
