/**
 * Jest setup for the office-clock runs (`jest.office-clock.config.js` in shared and api): the date-sensitive
 * suites run on a UTC machine (the config sets TZ=UTC) with the clock at 31 December 23:30 on the machine,
 * which is already 1 January 07:30 in the office (2026-12-31T23:30:00Z): between 16:00 and 24:00 UTC on
 * 31 December the machine's day and year are not the office's, and a test that reads the machine's fails.
 * OFFICE_CLOCK=<ISO instant> picks another moment.
 *
 * Only Date moves, and it keeps ticking: `new Date()`, `Date()` and `Date.now()` read the real clock shifted
 * to that moment; timers, microtasks and I/O stay real. A proxy of the real Date (same prototype, so
 * subclasses such as @date-fns/tz's TZDate keep working) rather than Jest's fake timers, whose fake Date
 * cannot be subclassed.
 */
const RealDate = globalThis.Date;
const instant = process.env.OFFICE_CLOCK ?? '2026-12-31T23:30:00Z';
const shift = RealDate.parse(instant) - RealDate.now();
if (Number.isNaN(shift)) throw new Error(`OFFICE_CLOCK is not a date: ${instant}`);
const now = () => RealDate.now() + shift;

globalThis.Date = new Proxy(RealDate, {
  construct: (target, args, newTarget) => Reflect.construct(target, args.length === 0 ? [now()] : args, newTarget),
  apply: () => new RealDate(now()).toString(),
  get: (target, key) => (key === 'now' ? now : Reflect.get(target, key)),
});
