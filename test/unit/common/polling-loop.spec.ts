import { PollingLoop } from '../../../src/common/concurrency/polling-loop';

const tick = (ms = 20) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the polling loop of a background worker', () => {
  it('runs batches back to back while there is work, then waits for a kick (not the long poll) to look again', async () => {
    let work = 3;
    let batches = 0;
    const loop = new PollingLoop(async () => {
      batches++;
      return work-- > 0;
    }, 60_000, () => undefined);
    loop.start();
    await tick();
    expect(batches).toBe(4); // three with work, one that found none
    work = 1;
    loop.kick();
    await tick();
    expect(batches).toBe(6);
    await loop.stop();
  });

  it('reports a failed batch and goes on at the next poll', async () => {
    const errors: string[] = [];
    let batches = 0;
    const loop = new PollingLoop(async () => {
      batches++;
      if (batches === 1) throw new Error('database busy');
      return false;
    }, 10, (error) => errors.push(error.message));
    loop.start();
    await tick(60);
    await loop.stop();
    expect(errors).toEqual(['database busy']);
    expect(batches).toBeGreaterThan(1);
  });

  it('stops only after the batch in flight has finished, and takes no batch after', async () => {
    let release!: () => void;
    let finished = false;
    let batches = 0;
    const loop = new PollingLoop(async () => {
      batches++;
      await new Promise<void>((resolve) => (release = resolve));
      finished = true;
      return true;
    }, 60_000, () => undefined);
    loop.start();
    await tick();
    const stopping = loop.stop().then(() => finished);
    expect(loop.stopped).toBe(true);
    release();
    await expect(stopping).resolves.toBe(true);
    expect(batches).toBe(1);
  });
});
