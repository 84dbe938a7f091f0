import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';

/**
 * This process among the instances sharing one database: recorded on the work rows it takes
 * (import items, webhook deliveries), so an operator sees who did what. New at every start.
 */
export const INSTANCE_ID = `${hostname().slice(0, 40)}:${process.pid}:${randomBytes(3).toString('hex')}`;
