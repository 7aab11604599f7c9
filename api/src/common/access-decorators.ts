import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { Action, Actor } from '@rectify/shared';

export const REQUIRED_ACTION = 'rectify:required-action';
export const IS_PUBLIC = 'rectify:public';

/** The access-table action (shared/src/access/permissions.ts) this endpoint performs. */
export const Requires = (action: Action) => SetMetadata(REQUIRED_ACTION, action);

/** Reachable without signing in (health, login). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Any signed-in user (their own session and password). */
export const SignedIn = () => SetMetadata(REQUIRED_ACTION, 'signed-in');

export interface AuthenticatedRequest {
  actor?: Actor;
}

export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const actor = context.switchToHttp().getRequest<AuthenticatedRequest>().actor;
  if (!actor) throw new Error('CurrentActor used on an endpoint without authentication');
  return actor;
});
