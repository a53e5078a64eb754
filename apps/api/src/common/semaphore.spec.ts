import { Semaphore } from "./semaphore";

describe("Semaphore", () => {
  it("lets at most `capacity` holders in at once, in order of arrival, and frees the place when work fails", async () => {
    const semaphore = new Semaphore(2);
    let inside = 0;
    let most = 0;
    const order: number[] = [];
    const gates = Array.from({ length: 5 }, () => {
      let open!: () => void;
      const gate = new Promise<void>((resolve) => (open = resolve));
      return { gate, open };
    });
    const runs = gates.map(({ gate }, index) =>
      semaphore.run(async () => {
        inside += 1;
        most = Math.max(most, inside);
        order.push(index);
        await gate;
        inside -= 1;
        if (index === 1) throw new Error("fails");
        return index;
      }),
    );
    const settled = Promise.allSettled(runs);
    for (const { open } of gates) {
      await Promise.resolve();
      open();
      await new Promise((resolve) => setImmediate(resolve));
    }
    const results = await settled;
    expect(most).toBe(2);
    expect(order).toEqual([0, 1, 2, 3, 4]);
    expect(results.map((result) => result.status)).toEqual(["fulfilled", "rejected", "fulfilled", "fulfilled", "fulfilled"]);
  });
});
