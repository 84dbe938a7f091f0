import { MigrationInterface, QueryRunner, Table, TableColumnOptions, TableForeignKeyOptions, TableIndexOptions } from 'typeorm';

/**
 * Intake and integrations: import jobs and their items, webhook subscriptions with their outbox,
 * deliveries and attempts, and each user's notifications. Portable (schema builder only); a
 * snapshot that imports no code of the service.
 */
const id: TableColumnOptions = { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' };
const int = (name: string, nullable = false): TableColumnOptions => ({ name, type: 'integer', isNullable: nullable });
const count = (name: string): TableColumnOptions => ({ name, type: 'integer', isNullable: false, default: 0 });
const str = (name: string, length: number, nullable = false): TableColumnOptions => ({ name, type: 'varchar', length: String(length), isNullable: nullable });
const text = (name: string, nullable = false): TableColumnOptions => ({ name, type: 'text', isNullable: nullable });
const timestamp = (name: string, nullable = false): TableColumnOptions => str(name, 32, nullable);
const ref = (column: string, table: string, onDelete: 'CASCADE' | 'SET NULL' = 'CASCADE'): TableForeignKeyOptions => ({ columnNames: [column], referencedTableName: table, referencedColumnNames: ['id'], onDelete });
const index = (name: string, columnNames: string[], extra: Partial<TableIndexOptions> = {}): TableIndexOptions => ({ name, columnNames, ...extra });

export class Intake1733100000000 implements MigrationInterface {
  name = 'Intake1733100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(new Table({
      name: 'import_jobs',
      columns: [id, str('state', 16), str('origin', 300), count('total'), int('created_by_id', true), timestamp('created_at'), timestamp('started_at', true), timestamp('finished_at', true)],
      foreignKeys: [ref('created_by_id', 'users', 'SET NULL')],
      indices: [index('ix_import_jobs_state', ['state', 'id'])],
    }));
    await queryRunner.createTable(new Table({
      name: 'import_items',
      columns: [
        id, int('job_id'), int('position'), text('payload'), str('state', 16), int('article_id', true), text('reason', true),
        str('claimed_by', 64, true), timestamp('claimed_at', true), str('processed_by', 64, true), timestamp('processed_at', true),
      ],
      foreignKeys: [ref('job_id', 'import_jobs'), ref('article_id', 'articles', 'SET NULL')],
      // Workers look for pending items in id order; a job's counts are read per state.
      indices: [index('ix_import_items_state', ['state', 'id']), index('ix_import_items_job', ['job_id', 'state'])],
    }));
    await queryRunner.createTable(new Table({
      name: 'webhooks',
      columns: [
        id, str('url', 2000), text('events'), str('secret', 200), { name: 'enabled', type: 'boolean', isNullable: false, default: true },
        text('disabled_reason', true), timestamp('disabled_at', true), count('consecutive_failures'), int('created_by_id', true), timestamp('created_at'), timestamp('updated_at'),
      ],
      foreignKeys: [ref('created_by_id', 'users', 'SET NULL')],
    }));
    await queryRunner.createTable(new Table({
      name: 'webhook_messages',
      columns: [id, str('message_id', 64), str('event_type', 40), text('payload'), timestamp('created_at')],
      indices: [index('uq_webhook_messages_message_id', ['message_id'], { isUnique: true })],
    }));
    await queryRunner.createTable(new Table({
      name: 'webhook_deliveries',
      columns: [
        id, int('webhook_id'), int('message_id'), str('state', 16), count('attempts'), timestamp('next_attempt_at'), str('claimed_by', 64, true),
        int('last_status', true), text('last_error', true), int('last_response_ms', true), timestamp('created_at'), timestamp('delivered_at', true),
      ],
      foreignKeys: [ref('webhook_id', 'webhooks'), ref('message_id', 'webhook_messages')],
      indices: [index('ix_webhook_deliveries_due', ['state', 'next_attempt_at']), index('ix_webhook_deliveries_webhook', ['webhook_id', 'id'])],
    }));
    await queryRunner.createTable(new Table({
      name: 'webhook_attempts',
      columns: [id, int('delivery_id'), int('attempt'), int('status', true), text('error', true), int('response_ms'), timestamp('created_at')],
      foreignKeys: [ref('delivery_id', 'webhook_deliveries')],
      indices: [index('ix_webhook_attempts_delivery', ['delivery_id', 'attempt'])],
    }));
    await queryRunner.createTable(new Table({
      name: 'notifications',
      columns: [id, int('user_id'), str('kind', 32), int('claim_id', true), int('article_id', true), int('actor_id', true), text('note', true), text('claim_text', true), timestamp('created_at'), timestamp('read_at', true)],
      foreignKeys: [ref('user_id', 'users'), ref('claim_id', 'claims', 'SET NULL'), ref('actor_id', 'users', 'SET NULL')],
      indices: [index('ix_notifications_user', ['user_id', 'id']), index('ix_notifications_unread', ['user_id', 'read_at'])],
    }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['notifications', 'webhook_attempts', 'webhook_deliveries', 'webhook_messages', 'webhooks', 'import_items', 'import_jobs']) await queryRunner.dropTable(table);
  }
}
