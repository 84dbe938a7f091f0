import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { recountAllTallies } from '../src/dashboard/tally-counts';

const count = (name: string) => ({ name, type: 'integer', isNullable: false, default: 0 });

/** Running counts for the dashboard (see src/dashboard/desk-tally.entity.ts), filled from the claims already there. */
export class DeskTallies1732600000000 implements MigrationInterface {
  name = 'DeskTallies1732600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'desk_tallies',
        columns: [
          { name: 'scope', type: 'varchar', length: '8', isPrimary: true },
          { name: 'scope_id', type: 'integer', isPrimary: true },
          ...['claims', 'unverified', 'in_review', 'corroborated', 'disputed', 'inconclusive', 'open', 'awaiting_approval'].map(count),
        ],
        // "Most cited sources" and "articles with the most open claims" read these in order.
        indices: [
          { name: 'ix_desk_tallies_claims', columnNames: ['scope', 'claims'] },
          { name: 'ix_desk_tallies_open', columnNames: ['scope', 'open'] },
        ],
      }),
    );
    await recountAllTallies(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('desk_tallies');
  }
}
