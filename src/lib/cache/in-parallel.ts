/**
 * Runs `work` on every item, at most `limit` at a time: the build's pools (the .gz/.br copies,
 * whose zlib calls run on libuv's threads; the search shards, each on a thread of its own). After a
 * failure no new item is started; the first failure is thrown once the started ones have ended, so
 * nothing is left running behind the error.
 */
export async function inParallel<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failed = false;
  const lane = async () => {
    while (!failed && next < items.length) {
      try {
        await work(items[next++]);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  const lanes = await Promise.allSettled(Array.from({ length: Math.min(limit, items.length) }, lane));
  const failure = lanes.find((lane): lane is PromiseRejectedResult => lane.status === 'rejected');
  if (failure) throw failure.reason;
}
