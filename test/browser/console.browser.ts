import fs from "node:fs";
import path from "node:path";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type TestApp } from "../helpers.js";

/**
 * The web console (/sim) in a real browser (Debian's chromium, driven by
 * playwright-core): it signs in, shows the hosts, creates a server that stays
 * BUILD on a manual clock, advances the clock and sees it ACTIVE, and saves a
 * screenshot (test/browser/out/console.png). Run by .ci/run's browser stage:
 *   npx vitest run --config vitest.browser.config.ts
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const OUT = path.resolve("test/browser/out");

let t: TestApp;
let browser: Browser;
let base: string;

beforeAll(async () => {
  t = await startApp({ env: { NOVASIM_HOST_COUNT: "3", NOVASIM_BOOT_TIME_MS: "60000" } });
  base = await t.app.listen({ host: "127.0.0.1", port: 0 });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-dev-shm-usage"] });
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

describe("the web console", () => {
  it("shows the hosts, creates a server, advances the clock and sees it ACTIVE", async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${base}/sim`);
    await expect.poll(() => page.locator("#health").textContent()).toContain("ready");

    await page.locator("#login button[type=submit]").click();
    await page.locator("#hosts tbody tr").nth(2).waitFor();
    expect(await page.locator("#hosts tbody tr").count()).toBe(3);
    expect(await page.locator("#hosts tbody tr[data-host=compute1] td").nth(1).textContent()).toBe("up");

    await page.locator("[data-clock-mode=manual]").click();
    await page.locator("#clock-mode", { hasText: "manual" }).waitFor();

    await page.locator("#create-server [name=name]").fill("from-console");
    await page.locator("#create-server [name=image]").selectOption({ label: "cirros-0.6.2-x86_64-disk" });
    await page.locator("#create-server button[type=submit]").click();
    const status = page.locator("#servers tbody tr[data-server=from-console] td.status");
    await status.waitFor();
    await expect.poll(() => status.textContent()).toBe("BUILD");
    await expect.poll(() => page.locator("#server-states").textContent()).toBe("BUILD 1");

    await page.locator("#advance-by").fill("60");
    await page.locator("#advance").click();
    await expect.poll(() => status.textContent(), { timeout: 20_000 }).toBe("ACTIVE");
    await expect.poll(() => page.locator("#server-states").textContent()).toBe("ACTIVE 1");
    // The event stream brought the build's end.
    await page.locator("#events li", { hasText: "server.build.finished" }).first().waitFor();
    // The scheduler's decision, with each filter's step.
    const decision = page.locator("#decisions > li[data-outcome=placed]").first();
    await decision.waitFor();
    const placedOn = /placed on (\S+)/.exec((await decision.locator("div").textContent()) ?? "")?.[1];
    expect(placedOn).toMatch(/^compute[123]$/);
    expect(await decision.locator("ul li").count()).toBeGreaterThan(0);
    expect(await decision.locator("ul li").first().textContent()).toMatch(/^\w+Filter: \d+ → \d+/);
    // Usage bars: the host it landed on counts the server's vCPU (m1.tiny: 1), the others none.
    await expect
      .poll(() => page.locator(`#hosts tbody tr[data-host=${placedOn}] .usage[data-resource=VCPU] em`).textContent())
      .toBe("VCPU 1/16");
    const other = ["compute1", "compute2", "compute3"].find((h) => h !== placedOn)!;
    expect(await page.locator(`#hosts tbody tr[data-host=${other}] .usage[data-resource=VCPU] em`).textContent()).toBe("VCPU 0/16");
    expect(await page.locator(`#hosts tbody tr[data-host=${other}] .usage[data-resource=MEMORY_MB] em`).textContent()).toMatch(/^MEMORY_MB \d+\/\d+$/);

    fs.mkdirSync(OUT, { recursive: true });
    await page.screenshot({ path: path.join(OUT, "console.png"), fullPage: true });
    expect(fs.statSync(path.join(OUT, "console.png")).size).toBeGreaterThan(10_000);
    expect(errors).toEqual([]);
  });
});
