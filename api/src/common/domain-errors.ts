import type { FieldProblem, GateReason } from '@rectify/shared';
import { STORAGE_MESSAGES, type StorageProblem } from './storage-errors.js';

/** Errors the services throw; AllErrorsFilter turns each kind into its HTTP status, in one place. */
export abstract class DomainError extends Error {
  abstract readonly kind: 'invalid' | 'unauthenticated' | 'forbidden' | 'not_found' | 'conflict' | 'rule' | 'throttled' | 'unavailable';
  /** A wrong password (sign-in or 修改密码): tries left before each further one must wait. */
  remainingAttempts?: number;
  constructor(
    message: string,
    readonly reasons?: Array<GateReason | FieldProblem>,
  ) {
    super(message);
  }
}

/** The request itself is malformed (400). */
export class InvalidRequestError extends DomainError {
  readonly kind = 'invalid';
}

/** The thing named in the URL does not exist, or the caller may not know it exists (404). */
export class NotFoundError extends DomainError {
  readonly kind = 'not_found';
}

/** Someone changed the item since the caller read it (409). */
export class StaleVersionError extends DomainError {
  readonly kind = 'conflict';
  constructor(readonly currentVersion: number) {
    super(`该事项已被他人修改（当前版本 ${currentVersion}），请刷新后重试`);
  }
}

/** Well-formed, but a business rule says no (422): a gate is not met, a referenced department is unknown… */
export class RuleViolationError extends DomainError {
  readonly kind = 'rule';
}

/** Not signed in, or the session has ended (401). */
export class UnauthenticatedError extends DomainError {
  readonly kind = 'unauthenticated';
}

/** Signed in, but the access table says no (403). */
export class ForbiddenError extends DomainError {
  readonly kind = 'forbidden';
}

/** Too many failed sign-ins (429). */
export class ThrottledError extends DomainError {
  readonly kind = 'throttled';
}

/**
 * The data could not be stored (503): the disk is full or the data folder cannot be written. Nothing
 * was changed; the same request succeeds once the administrator has fixed the disk.
 */
export class StorageUnavailableError extends DomainError {
  readonly kind = 'unavailable';
  constructor(readonly problem: StorageProblem) {
    super(STORAGE_MESSAGES[problem]);
  }
}

/** The request collides with something under way or already done (409): a second 立即备份 while one runs, a used setup link. */
export class ConflictError extends DomainError {
  readonly kind = 'conflict';
}
