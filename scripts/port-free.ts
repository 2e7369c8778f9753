import net from "node:net";

/** Whether nothing listens on the port yet (any address), so `next start` will not die with EADDRINUSE. */
export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, () => probe.close(() => resolve(true)));
  });
}
