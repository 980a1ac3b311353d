/**
 * Something a test holds back (a blocked event loop, a database that answers late): `reached` resolves once the held code
 * is waiting at `gate`, which the test opens with `open()`.
 */
export function hold() {
  let open!: () => void;
  let reach!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  const reached = new Promise<void>((resolve) => (reach = resolve));
  return { gate, reached, reach, open };
}
