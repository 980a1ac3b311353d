// Preloaded (node --import) by test/rules/clock-round26-law10.test.ts: the process's clock stands at FIXED_NOW (an ISO instant),
// so a spawned `cli` runs as if it were that instant; Date with arguments is untouched.
const fixed = Date.parse(process.env.FIXED_NOW ?? '');
if (Number.isNaN(fixed)) throw new Error('FIXED_NOW is not an ISO instant');
const RealDate = Date;
globalThis.Date = class extends RealDate {
  constructor(...args) {
    if (args.length === 0) super(fixed);
    else super(...args);
  }
  static now() {
    return fixed;
  }
};
