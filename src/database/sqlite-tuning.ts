import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';

/**
 * SQLite connection settings for a desk of a million claims: memory-map the file (reads without a
 * system call per page) and keep a 64 MB page cache, so hot indexes and recent claims stay in memory.
 * Applied to the single connection TypeORM's sqlite driver holds; PostgreSQL manages its own buffers.
 */
export const SQLITE_READ_PRAGMAS = ['PRAGMA mmap_size = 1073741824', 'PRAGMA cache_size = -65536'];

@Injectable()
export class SqliteTuning implements OnModuleInit {
  constructor(private readonly dataSource: DataSource) {}

  async onModuleInit(): Promise<void> {
    if (this.dataSource.options.type !== 'sqlite') return;
    for (const pragma of SQLITE_READ_PRAGMAS) await this.dataSource.query(pragma);
  }
}
