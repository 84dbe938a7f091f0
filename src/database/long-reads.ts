import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/**
 * Pragmas for the long-read connection: no memory map and a small page cache, so that reading the
 * whole desk goes through the kernel's page cache (which the process does not hold) instead of
 * mapping the file into the service, and read-only, so that it can never take the write lock.
 */
const LONG_READ_PRAGMAS = ['PRAGMA mmap_size = 0', 'PRAGMA cache_size = -2048', 'PRAGMA query_only = 1'];

/**
 * A connection for reads that walk the whole desk, such as the streamed export. On SQLite the
 * service's connection is one, memory-mapped and shared by every request: a second connection keeps
 * an export off that queue (WAL lets it read while the desk writes) and keeps the file it reads out
 * of the service's resident memory. PostgreSQL's pool already gives each read its own connection.
 */
@Injectable()
export class LongReads implements OnApplicationShutdown {
  private own?: Promise<DataSource>;

  constructor(private readonly main: DataSource) {}

  manager(): Promise<EntityManager> {
    const { options } = this.main;
    if (options.type !== 'sqlite' || options.database === ':memory:') return Promise.resolve(this.main.manager);
    this.own ??= this.open();
    return this.own.then((dataSource) => dataSource.manager);
  }

  private async open(): Promise<DataSource> {
    const dataSource = new DataSource({ ...this.main.options, migrationsRun: false, synchronize: false, enableWAL: false } as typeof this.main.options);
    await dataSource.initialize();
    for (const pragma of LONG_READ_PRAGMAS) await dataSource.query(pragma);
    return dataSource;
  }

  async onApplicationShutdown(): Promise<void> {
    const own = await this.own?.catch(() => undefined);
    if (own?.isInitialized) await own.destroy();
  }
}
