import { Database } from '../../../src/database/database';
import { UsersRepository } from '../../../src/users/users.repository';
import { openTestDatabase } from './test-database';

const user = (email: string) => ({ email, displayName: email, role: 'checker' as const, passwordHash: 'x', disabled: false, createdAt: '2024-10-24T00:00:00.000Z' });

describe('the write path on a real SQLite file', () => {
  let db: Database;
  let close: () => Promise<void>;
  let users: UsersRepository;
  beforeEach(async () => {
    ({ db, close } = await openTestDatabase());
    users = new UsersRepository(db);
  });
  afterEach(() => close());

  it('commits a write before it answers, and a failing write leaves nothing', async () => {
    await db.write((tx) => users.insert(tx, user('kept@desk')));
    await expect(db.write(async (tx) => {
      await users.insert(tx, user('lost@desk'));
      throw new Error('refused half-way');
    })).rejects.toThrow('refused half-way');
    expect(await users.findByEmail('kept@desk')).not.toBeNull();
    expect(await users.findByEmail('lost@desk')).toBeNull();
  });

  it('never shows a read another write\'s uncommitted rows', async () => {
    let release!: () => void;
    const holding = new Promise<void>((resolve) => (release = resolve));
    const writing = db.write(async (tx) => {
      await users.insert(tx, user('pending@desk'));
      await holding;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    // The write is open, its row inserted: a read on the desk neither waits for it nor sees it.
    expect(await users.findByEmail('pending@desk')).toBeNull();
    release();
    await writing;
    expect(await users.findByEmail('pending@desk')).not.toBeNull();
  });

  it('lets running reads finish before it closes their connections', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const reading = db.read(async (m) => {
      await gate;
      return m.query('SELECT 1 AS one');
    });
    const closing = db.close();
    await new Promise((resolve) => setTimeout(resolve, 50));
    release();
    await expect(reading).resolves.toEqual([{ one: 1 }]);
    await closing;
  });

  it('runs writes one after another, each whole, however many arrive at once', async () => {
    await Promise.all(Array.from({ length: 50 }, (_, i) => db.write((tx) => users.insert(tx, user(`u${i}@desk`)))));
    expect((await users.list()).length).toBe(50);
  });

  it('refuses any statement on the writer connection outside a write', async () => {
    const writer = (db as unknown as { writer: { query(sql: string): Promise<unknown> } }).writer;
    await expect(writer.query('SELECT 1')).rejects.toThrow(/outside Database.write/);
  });

  it('lets a second process write the same file: each transaction takes the write lock at BEGIN and waits for it', async () => {
    const second = await Database.open({ type: 'sqlite', path: (db.config as { path: string }).path });
    const theirs = new UsersRepository(second);
    try {
      // Each transaction reads, waits, then writes: begun deferred, the later of two would fail with SQLITE_BUSY.
      await Promise.all(Array.from({ length: 6 }, (_, i) => (i % 2 ? db : second).write(async (tx) => {
        await (i % 2 ? users : theirs).count(tx);
        await new Promise((resolve) => setTimeout(resolve, 100));
        await (i % 2 ? users : theirs).insert(tx, user(`p${i}@desk`));
      })));
      expect((await users.list()).length).toBe(6);
    } finally {
      await second.close();
    }
  });

  it('refuses a write through a read connection', async () => {
    await expect(db.read((m) => m.query("INSERT INTO users (email, display_name, role, password_hash, disabled, created_at) VALUES ('x', 'x', 'viewer', 'x', false, 'x')"))).rejects.toThrow(/readonly|read-only/i);
  });
});
