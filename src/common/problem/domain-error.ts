/**
 * Errors the product's rules raise. They say what kind of refusal they are, never an HTTP status:
 * the one exception filter (problem-details.filter.ts) maps each kind to RFC 9457 problem+json, so
 * the pure rules (the workflow, the ledger) and the services speak the domain's language only.
 */
export type DomainErrorKind =
  | 'bad-request'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  /** The resource's current state forbids it (a stale version, a duplicate, an illegal transition). */
  | 'conflict'
  /** The request is well-formed but breaks a rule of the product. */
  | 'rule'
  | 'too-many-requests';

export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    message: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string, id: number | string) {
    super('not-found', `${what} ${id} does not exist`, { resource: what.toLowerCase(), id });
  }
}

export class ConflictError extends DomainError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super('conflict', message, extensions);
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

/**
 * A named rule of the product refuses the request: `conflict` when the resource's current state
 * forbids it (409), `rule` when the request itself does not satisfy the rule (422).
 */
export class RuleViolationError extends DomainError {
  constructor(
    readonly rule: string,
    message: string,
    kind: 'conflict' | 'rule' | 'forbidden' = 'rule',
  ) {
    super(kind, message, { rule });
  }
}

export class ForbiddenError extends DomainError {
  constructor(message: string) {
    super('forbidden', message);
  }
}

export class UnauthorizedError extends DomainError {
  constructor(message: string) {
    super('unauthorized', message);
  }
}

export class BadRequestError extends DomainError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super('bad-request', message, extensions);
  }
}

export class TooManyRequestsError extends DomainError {
  constructor(message: string, retryAfterSeconds: number) {
    super('too-many-requests', message, { retryAfterSeconds });
  }
}
