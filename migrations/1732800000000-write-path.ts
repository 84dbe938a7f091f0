import { MigrationInterface, QueryRunner, TableColumn, TableIndex } from 'typeorm';

/**
 * The write-path release:
 * - claims of deleted articles are marked, so lists, counts and exports leave them out without a join;
 * - sign-in attempts record the client address, so guessing is throttled per address as well as per
 *   account, and when their password was checked (until then they count against the account);
 * - the tallies are recounted by the new rules (live claims only, a source counts each claim once)
 *   and gain the open claims per creation hour, from which the backlog's ages are read.
 * A snapshot: it uses no code of the service, so it stays what it was when it shipped.
 */
export class WritePath1732800000000 implements MigrationInterface {
  name = 'WritePath1732800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('claims', new TableColumn({ name: 'article_deleted', type: 'boolean', isNullable: false, default: false }));
    await queryRunner.query('UPDATE claims SET article_deleted = true WHERE article_id IN (SELECT id FROM articles WHERE deleted_at IS NOT NULL)');
    await queryRunner.addColumn('login_attempts', new TableColumn({ name: 'client', type: 'varchar', length: '64', isNullable: true }));
    await queryRunner.addColumn('login_attempts', new TableColumn({ name: 'checked_at', type: 'varchar', length: '32', isNullable: true }));
    await queryRunner.query('UPDATE login_attempts SET checked_at = created_at');
    await queryRunner.createIndex('login_attempts', new TableIndex({ name: 'ix_login_attempts_client', columnNames: ['client', 'created_at'] }));

    const postgres = queryRunner.connection.driver.options.type === 'postgres';
    const hour = postgres
      ? 'CAST(FLOOR(EXTRACT(EPOCH FROM CAST(c.created_at AS timestamptz)) / 3600) AS INTEGER)'
      : "CAST(strftime('%s', substr(c.created_at, 1, 19)) AS INTEGER) / 3600";
    const counts = `COUNT(*),
      SUM(CASE WHEN c.status = 'unverified' THEN 1 ELSE 0 END),
      SUM(CASE WHEN c.status = 'in_review' THEN 1 ELSE 0 END),
      SUM(CASE WHEN c.status = 'corroborated' THEN 1 ELSE 0 END),
      SUM(CASE WHEN c.status = 'disputed' THEN 1 ELSE 0 END),
      SUM(CASE WHEN c.status = 'inconclusive' THEN 1 ELSE 0 END),
      SUM(CASE WHEN c.status IN ('unverified', 'in_review') THEN 1 ELSE 0 END),
      SUM(CASE WHEN c.verdict_at IS NOT NULL AND c.approved_at IS NULL THEN 1 ELSE 0 END)`;
    const columns = 'scope, scope_id, claims, unverified, in_review, corroborated, disputed, inconclusive, open, awaiting_approval';
    await queryRunner.query('DELETE FROM desk_tallies');
    await queryRunner.query(`INSERT INTO desk_tallies (${columns}) SELECT 'desk', 0, ${counts} FROM claims c WHERE c.article_deleted = false HAVING COUNT(*) > 0`);
    await queryRunner.query(`INSERT INTO desk_tallies (${columns}) SELECT 'article', c.article_id, ${counts} FROM claims c WHERE c.article_deleted = false GROUP BY c.article_id`);
    await queryRunner.query(`INSERT INTO desk_tallies (${columns}) SELECT 'source', a.source_id, ${counts}
      FROM (SELECT DISTINCT source_id, claim_id FROM attributions) a JOIN claims c ON c.id = a.claim_id WHERE c.article_deleted = false GROUP BY a.source_id`);
    await queryRunner.query(`INSERT INTO desk_tallies (${columns}) SELECT 'openhour', h.hour, 0, 0, 0, 0, 0, 0, h.open, 0
      FROM (SELECT ${hour} AS hour, COUNT(*) AS open FROM claims c WHERE c.article_deleted = false AND c.status IN ('unverified', 'in_review') GROUP BY ${hour}) h`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DELETE FROM desk_tallies WHERE scope = 'openhour'");
    await queryRunner.dropIndex('login_attempts', 'ix_login_attempts_client');
    await queryRunner.dropColumn('login_attempts', 'checked_at');
    await queryRunner.dropColumn('login_attempts', 'client');
    await queryRunner.dropColumn('claims', 'article_deleted');
  }
}
