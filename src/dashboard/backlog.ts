
const HOUR = 3_600_000;

export interface BacklogByAge {
  open: number;
  oldestOpenSince: string | null;
  oldestAgeHours: number | null;
  byAge: { under1Day: number; from1To7Days: number; from7To30Days: number; over30Days: number };
}

/** Counts the open claims of the hours in [fromIso, end of `hour`) exactly (and their oldest creation time). */
export type CountWithinHour = (hour: number, fromIso: string) => Promise<{ count: number; oldest: string | null }>;

/**
 * The backlog's ages from the open claims per creation hour. Whole hours fall in one bucket; an hour
 * that straddles a bucket's edge (24 hours, 7 and 30 days ago) is counted exactly from the edge on,
 * and the oldest open claim is looked up within its hour: at most four small index range scans,
 * whatever the size of the desk.
 */
export async function backlogByAge(hours: { hour: number; open: number }[], now: Date, countWithin: CountWithinHour): Promise<BacklogByAge> {
  const edges = [24, 24 * 7, 24 * 30].map((h) => now.getTime() - h * HOUR);
  const buckets = [0, 0, 0, 0]; // under 1 day, 1–7 days, 7–30 days, over 30 days
  const bucketOf = (time: number) => edges.filter((edge) => time < edge).length;
  let open = 0;
  for (const { hour, open: count } of hours) {
    open += count;
    const [start, end] = [hour * HOUR, (hour + 1) * HOUR];
    const edge = edges.find((e) => e > start && e < end);
    if (edge === undefined) {
      buckets[bucketOf(start)] += count;
      continue;
    }
    const newer = (await countWithin(hour, new Date(edge).toISOString())).count;
    buckets[bucketOf(edge)] += newer;
    buckets[bucketOf(start)] += count - newer;
  }
  const oldestHour = hours[0];
  const oldest = oldestHour ? (await countWithin(oldestHour.hour, new Date(oldestHour.hour * HOUR).toISOString())).oldest : null;
  return {
    open,
    oldestOpenSince: oldest,
    oldestAgeHours: oldest ? Math.round(((now.getTime() - Date.parse(oldest)) / HOUR) * 10) / 10 : null,
    byAge: { under1Day: buckets[0], from1To7Days: buckets[1], from7To30Days: buckets[2], over30Days: buckets[3] },
  };
}
