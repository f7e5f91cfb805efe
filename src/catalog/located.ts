import type * as z from 'zod/mini';
import type { DataPath } from '../core/yaml.js';
import type { domainSchema, Role, Skill } from '../model/catalog.js';

/** An entity with the file and data path it came from, so a rule can point at it. */
export interface Located<T> {
  value: T;
  file: string;
  path: DataPath;
}

export interface LocatedCatalog {
  skills: Located<Skill>[];
  domains: Located<z.output<typeof domainSchema>>[];
  roles: Located<Role>[];
  /**
   * Ids of entities that failed their schema and are left out of the rules. References to them
   * are not reported, so one broken domain does not make every one of its roles an error too.
   */
  invalidIds: Record<'skills' | 'domains' | 'roles', Set<string>>;
  /**
   * Kinds with a file that is missing or could not be read (YAML or frame errors). Their ids are
   * unknown, so references to them and "unused" or "without roles" checks would only be noise.
   */
  unreadable?: ReadonlySet<'skills' | 'domains' | 'roles'>;
}
