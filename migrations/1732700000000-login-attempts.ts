import { MigrationInterface, QueryRunner, Table } from 'typeorm';

/** Sign-in attempts, for slowing down password guessing across all instances (src/auth/login-throttle.ts). */
export class LoginAttempts1732700000000 implements MigrationInterface {
  name = 'LoginAttempts1732700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'login_attempts',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'email', type: 'varchar', length: '320' },
          { name: 'succeeded', type: 'boolean', default: false },
          { name: 'created_at', type: 'varchar', length: '32' },
        ],
        indices: [{ name: 'ix_login_attempts_email', columnNames: ['email', 'created_at'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('login_attempts');
  }
}
