/** Roles are ranked: each may do what the ones below it may. */
export const ROLES = ['viewer', 'checker', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function hasRole(actual: Role, required: Role): boolean {
  return ROLES.indexOf(actual) >= ROLES.indexOf(required);
}

/** The caller of a request, as services see it. */
export interface Actor {
  id: number;
  role: Role;
  displayName: string;
}
