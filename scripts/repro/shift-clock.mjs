// Preloaded with `node --import` to move this process's clock (Date.now and `new Date()`) by
// CLOCK_SHIFT_DAYS, so a build can be run "at another time" without libfaketime.
const days = Number(process.env.CLOCK_SHIFT_DAYS ?? 0);
const shift = days * 86_400_000;
const RealDate = globalThis.Date;
class ShiftedDate extends RealDate {
  constructor(...args) {
    if (args.length === 0) super(RealDate.now() + shift);
    else super(...args);
  }
  static now() {
    return RealDate.now() + shift;
  }
}
globalThis.Date = ShiftedDate;
