import { afterAll, afterEach, beforeAll } from "vitest";
import { sandbox, server } from "./test/mocks/sandbox.ts";

// "error": a request to anywhere else fails the test instead of reaching the network.
beforeAll(() => server.listen({ onUnhandledFrame: "error" }));
afterEach(async () => {
  server.resetHandlers(); // drops the overrides a test added with server.use()
  await sandbox.reset(); // and the records it made; fast, because the clock is frozen
});
afterAll(() => server.close());
