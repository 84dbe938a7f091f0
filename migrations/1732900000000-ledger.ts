import { MigrationInterface, QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';

/**
 * The history as a ledger (src/history/history-chain.ts): every event gets its place in the desk's
 * sequence and a link to the event before it; claim rows carry their event count, chain head and a
 * seal; one row holds the ledger's sealed head. Events written before stay as they are here: the
 * service authenticates them with its key on its first start (the key is not the database's).
 */
export class Ledger1732900000000 implements MigrationInterface {
  name = 'Ledger1732900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('review_events', [
      new TableColumn({ name: 'ledger_seq', type: 'integer', isNullable: true }),
      new TableColumn({ name: 'ledger_prev', type: 'varchar', length: '64', isNullable: true }),
    ]);
    await queryRunner.createIndex('review_events', new TableIndex({ name: 'uq_review_events_ledger', columnNames: ['ledger_seq'], isUnique: true }));
    await queryRunner.addColumns('claims', [
      new TableColumn({ name: 'history_count', type: 'integer', isNullable: false, default: 0 }),
      new TableColumn({ name: 'history_head', type: 'varchar', length: '64', isNullable: true }),
      new TableColumn({ name: 'history_seal', type: 'varchar', length: '64', isNullable: true }),
    ]);
    await queryRunner.createTable(new Table({
      name: 'ledger_head',
      columns: [
        { name: 'id', type: 'integer', isPrimary: true },
        { name: 'seq', type: 'integer' },
        { name: 'hash', type: 'varchar', length: '64', isNullable: true },
        { name: 'seal', type: 'varchar', length: '64' },
        { name: 'updated_at', type: 'varchar', length: '32' },
      ],
    }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('ledger_head');
    for (const column of ['history_seal', 'history_head', 'history_count']) await queryRunner.dropColumn('claims', column);
    await queryRunner.dropIndex('review_events', 'uq_review_events_ledger');
    for (const column of ['ledger_prev', 'ledger_seq']) await queryRunner.dropColumn('review_events', column);
  }
}
