/**
 * Sizes libuv's thread pool before anything uses it, so it must be the entry points' first import.
 * Every SQLite statement, password hash and file read runs on that pool, four threads by default:
 * under a full load of desk reads, each statement of a write transaction queued behind them and a
 * verdict took 400 ms instead of 15. With more threads than connections the writer's statements
 * never wait behind the readers' (reads and writes use separate connections). UV_THREADPOOL_SIZE
 * set in the environment wins; this is the one place besides app-config.ts that reads it.
 */
export const THREAD_POOL_SIZE = 16;
process.env.UV_THREADPOOL_SIZE ??= String(THREAD_POOL_SIZE);
