import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../src/logger.js";
import { startApp, type TestApp } from "../helpers.js";

/** Log levels of expected answers, the request id on request lines, JSON or pretty output. */

let t: TestApp;
let lines: Record<string, unknown>[] = [];
const sink = () => {
  let buf = "";
  return new Writable({
    write(chunk, _enc, cb) {
      buf += chunk.toString();
      let i;
      while ((i = buf.indexOf("\n")) >= 0) {
        lines.push(JSON.parse(buf.slice(0, i)) as Record<string, unknown>);
        buf = buf.slice(i + 1);
      }
      cb();
    },
  });
};
beforeAll(async () => {
  t = await startApp({ logger: createLogger("info", { destination: sink(), pretty: false }) });
});
afterAll(() => t.close());

const ERROR = 50;
const INFO = 30;

async function call(method: "GET" | "POST", url: string, payload?: object) {
  lines = [];
  const res = await t.app.inject({ method, url, headers: { "x-auth-token": await t.token("admin") }, ...(payload ? { payload } : {}) });
  const id = res.headers["x-openstack-request-id"] as string;
  expect(id).toMatch(/^req-/);
  return { res, id, mine: lines.filter((l) => l.request_id === id) };
}

describe("request logs", () => {
  it("logs a 501 (deliberately not implemented) at info, without a stack", async () => {
    const { res, mine } = await call("POST", "/networking/v2.0/quotas", { quota: {} });
    expect(res.statusCode).toBe(501);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((l) => (l.level as number) < ERROR)).toBe(true);
    expect(mine.some((l) => "err" in l)).toBe(false);
    expect(mine.find((l) => l.msg === "request failed")).toMatchObject({ level: INFO, status: 501 });
  });

  it("logs 4xx at info, and every line of the request carries its id", async () => {
    const { res, id, mine } = await call("GET", "/compute/v2.1/servers/0b8a6f7e-57f3-4b0a-9a0b-5d6f3b0c9e11");
    expect(res.statusCode).toBe(404);
    expect(mine.find((l) => l.msg === "request")).toMatchObject({ level: INFO, status: 404, method: "GET" });
    expect(mine.find((l) => l.msg === "request failed")).toMatchObject({ level: INFO, status: 404 });
    // Nothing logged during the request without its id.
    expect(lines.filter((l) => l.request_id !== id)).toEqual([]);
  });

  it("still logs a real fault at error level", async () => {
    lines = [];
    t.app.log.child({ request_id: "req-x" }).error({ err: new Error("boom") }, "unhandled error");
    expect(lines[0]).toMatchObject({ level: ERROR, request_id: "req-x" });
  });
});

describe("createLogger", () => {
  it("writes pino-pretty lines when asked (a terminal), with the request id in front of the message", () => {
    let out = "";
    const w = new Writable({
      write(c, _e, cb) {
        out += c.toString();
        cb();
      },
    });
    createLogger("info", { destination: w, pretty: true }).child({ request_id: "req-abc" }).info({ status: 200 }, "request");
    expect(out).toMatch(/^\[\d\d:\d\d:\d\d\.\d{3}\] INFO: \[req-abc\] request \{"status":200\}\n$/);
  });

  it("writes JSON when not at a terminal", () => {
    let out = "";
    const w = new Writable({
      write(c, _e, cb) {
        out += c.toString();
        cb();
      },
    });
    createLogger("info", { destination: w }).info("hello");
    expect(JSON.parse(out)).toMatchObject({ level: INFO, msg: "hello", service: "novasim" });
  });
});
