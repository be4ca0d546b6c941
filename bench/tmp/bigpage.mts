import { fillServers } from "../fill.js";
const base = process.argv[2]!;
const dbUrl = process.argv[3]!;
const auth = { auth: { identity: { methods: ["password"], password: { user: { name: "demo", domain: { name: "Default" }, password: "demo" } } }, scope: { project: { name: "demo", domain: { name: "Default" } } } } };
const t = await fetch(`${base}/identity/v3/auth/tokens`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(auth) });
const token = t.headers.get("x-subject-token")!;
const h = { "x-auth-token": token, "content-type": "application/json" };
const nets = await (await fetch(`${base}/networking/v2.0/networks?name=private`, { headers: h })).json();
const nofill = process.argv[4] === "nofill";
const c = nofill ? null : await fetch(`${base}/compute/v2.1/servers`, { method: "POST", headers: h, body: JSON.stringify({ server: { name: "tpl", flavorRef: "1", imageRef: (await (await fetch(`${base}/image/v2/images`, { headers: h })).json()).images[0].id, networks: [{ uuid: nets.networks[0].id }] } }) });
const id = c ? (await c.json()).server.id : "";
for (; c; ) { const s = await (await fetch(`${base}/compute/v2.1/servers/${id}`, { headers: h })).json(); if (s.server.status !== "BUILD") break; await new Promise((r) => setTimeout(r, 50)); }
if (process.argv[4] !== "nofill") await fillServers(dbUrl, id, 9999);
const times: number[] = [];
for (let i = 0; i < 15; i++) { const t0 = performance.now(); const r = await fetch(`${base}/compute/v2.1/servers/detail?limit=1000`, { headers: h }); const b = await r.text(); times.push(performance.now() - t0); if (i === 0) console.log(r.status, b.length); }
times.sort((a, b) => a - b);
console.log("p50", times[7]!.toFixed(1), "max", times[14]!.toFixed(1));
