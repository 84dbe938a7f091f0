import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';

/**
 * A background worker among the instances sharing one database: recorded on the work rows it takes
 * (import items, webhook deliveries), so an operator sees which process did what. New at every start.
 */
export function newInstanceId(): string {
  return `${hostname().slice(0, 40)}:${process.pid}:${randomBytes(3).toString('hex')}`;
}
