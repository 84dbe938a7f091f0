// `npm run test:postgres` runs the e2e suite against the PostgreSQL named by DATABASE_URL; without one it would silently test SQLite.
const url = process.env.DATABASE_URL || '';
if (!/^postgres(ql)?:\/\//.test(url)) {
  console.error('Set DATABASE_URL=postgres://user@host:port/database, e.g. postgres://postgres@127.0.0.1:5432/test');
  process.exit(2);
}
