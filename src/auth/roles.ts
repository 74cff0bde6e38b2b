// Roles: `editor` may write, `admin` may also merge entities (admin includes editor).
import type { Actor } from '../context';
import { ForbiddenError, UnauthenticatedError } from '../errors';

export type Role = 'editor' | 'admin';

const GRANTS: Record<Role, readonly string[]> = {
  editor: ['editor', 'admin'],
  admin: ['admin'],
};

/** The actor when it holds `role`; UNAUTHENTICATED without one, FORBIDDEN with the wrong roles. */
export function requireRole(actor: Actor | null, role: Role): Actor {
  if (!actor) throw new UnauthenticatedError('this operation needs a bearer token');
  if (!actor.roles.some((r) => GRANTS[role].includes(r))) throw new ForbiddenError(`this operation needs the "${role}" role`);
  return actor;
}
