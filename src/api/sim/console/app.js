// novasim's web console: plain JavaScript over /sim/v1 and the OpenStack APIs, nothing else.
const $ = (sel) => document.querySelector(sel);
const state = { token: sessionStorage.getItem("novasim.token"), user: sessionStorage.getItem("novasim.user"), lastEvent: 0 };

async function api(method, url, body, extra = {}) {
  const headers = { "content-type": "application/json", ...extra };
  if (state.token) headers["x-auth-token"] = state.token;
  const res = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  if (res.status === 401 && url !== "/identity/v3/auth/tokens") return signOut();
  const text = await res.text();
  const json = text ? JSON.parse(text) : null;
  if (!res.ok) {
    const first = json && Object.values(json)[0];
    throw new Error((first && (first.message || first.detail)) || `${res.status} ${res.statusText}`);
  }
  return json;
}

function cell(row, text, cls) {
  const td = document.createElement("td");
  td.textContent = text ?? "";
  if (cls) td.className = cls;
  row.appendChild(td);
  return td;
}

function button(label, onClick) {
  const b = document.createElement("button");
  b.textContent = label;
  b.addEventListener("click", () => onClick().catch(showError).finally(refresh));
  return b;
}

const showError = (err) => ($("#create-error").textContent = err.message);

async function health() {
  const res = await fetch("/sim/v1/health");
  const h = await res.json();
  $("#health").textContent = `${h.status} · ${h.database} · ${h.hosts.up}/${h.hosts.total} hosts up`;
  $("#health").className = `pill ${h.status === "ready" ? "ready" : "down"}`;
}

async function clock() {
  const { clock: c } = await api("GET", "/sim/v1/clock");
  $("#clock-mode").textContent = c.mode + (c.mode === "speed" ? ` ×${c.speed}` : "");
  $("#clock-now").textContent = c.now;
}

/** A usage bar: used of total, as Nova's hypervisor view counts them (reserved resources included). */
function bar(td, label, used, total) {
  const pct = total > 0 ? Math.min(100, Math.round((used / total) * 100)) : 0;
  const wrap = document.createElement("div");
  wrap.className = "usage";
  wrap.dataset.resource = label;
  wrap.title = `${label}: ${used} of ${total} used`;
  const fill = document.createElement("span");
  fill.className = `fill${pct >= 90 ? " high" : ""}`;
  fill.style.width = `${pct}%`;
  const text = document.createElement("em");
  text.textContent = `${label} ${used}/${total}`;
  wrap.append(fill, text);
  td.appendChild(wrap);
}

async function hosts() {
  // Usage per resource class from Nova's hypervisor view (2.87: the last microversion with the usage fields).
  const [{ hosts: list }, { hypervisors }] = await Promise.all([
    api("GET", "/sim/v1/hosts"),
    api("GET", "/compute/v2.1/os-hypervisors/detail", undefined, { "openstack-api-version": "compute 2.87" }),
  ]);
  const usage = new Map(hypervisors.map((h) => [h.service?.host ?? h.hypervisor_hostname, h]));
  const body = $("#hosts tbody");
  body.replaceChildren();
  for (const h of list) {
    const tr = document.createElement("tr");
    tr.dataset.host = h.name;
    cell(tr, h.name);
    cell(tr, h.state, `state-${h.state}`);
    cell(tr, h.availability_zone);
    const u = usage.get(h.name);
    const td = cell(tr, "", "usage-cell");
    if (u) {
      bar(td, "VCPU", u.vcpus_used, u.vcpus);
      bar(td, "MEMORY_MB", u.memory_mb_used, u.memory_mb);
      bar(td, "DISK_GB", u.local_gb_used, u.local_gb);
    }
    cell(tr, String(h.instances));
    const actions = cell(tr, "");
    actions.appendChild(button(h.state === "up" ? "Mark down" : "Mark up", () => api("POST", `/sim/v1/hosts/${encodeURIComponent(h.name)}/${h.state === "up" ? "down" : "up"}`)));
    body.appendChild(tr);
  }
}

/** The latest scheduler decisions, each filter with the hosts it removed and why. */
async function decisions() {
  const { decisions: list } = await api("GET", "/sim/v1/scheduler/decisions?limit=10");
  $("#decisions").replaceChildren(
    ...list.map((d) => {
      const li = document.createElement("li");
      li.dataset.outcome = d.outcome;
      const head = document.createElement("div");
      head.textContent = `${d.time} ${d.outcome === "placed" ? `placed on ${d.host}` : "NoValidHost"} · server ${d.instance_uuid} · ${d.hosts_considered} hosts considered`;
      const steps = document.createElement("ul");
      for (const f of d.filters) {
        const step = document.createElement("li");
        const why = f.rejected.map((r) => `${r.host}: ${r.reason}`).join("; ");
        step.textContent = `${f.filter}: ${f.hosts_before} → ${f.hosts_after}${why ? ` (${why})` : ""}`;
        steps.appendChild(step);
      }
      li.append(head, steps);
      return li;
    }),
  );
}

async function servers() {
  const { servers: list } = await api("GET", "/compute/v2.1/servers/detail?all_tenants=1", undefined, { "openstack-api-version": "compute 2.79" });
  const body = $("#servers tbody");
  body.replaceChildren();
  for (const s of list) {
    const tr = document.createElement("tr");
    tr.dataset.server = s.name;
    cell(tr, s.name);
    cell(tr, s.status, `status status-${s.status}`).title = s.fault ? s.fault.message : "";
    cell(tr, s["OS-EXT-STS:task_state"]);
    cell(tr, s["OS-EXT-SRV-ATTR:host"]);
    cell(tr, s.created);
    const td = cell(tr, "");
    td.appendChild(button("Delete", () => api("DELETE", `/compute/v2.1/servers/${s.id}`)));
    body.appendChild(tr);
  }
  // Instances by state.
  const counts = new Map();
  for (const s of list) counts.set(s.status, (counts.get(s.status) ?? 0) + 1);
  $("#server-states").textContent = list.length
    ? [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([st, n]) => `${st} ${n}`).join(" · ")
    : "no servers";
}

async function choices() {
  const fill = (sel, items, keep) => {
    const el = $(sel);
    const kept = keep ? [...el.querySelectorAll("option")].filter((o) => o.value === "none") : [];
    el.replaceChildren(...kept);
    for (const [value, label] of items) el.add(new Option(label, value));
  };
  const [{ flavors }, { images }, { networks }] = await Promise.all([
    api("GET", "/compute/v2.1/flavors"),
    api("GET", "/image/v2/images"),
    api("GET", "/networking/v2.0/networks"),
  ]);
  fill("#create-server [name=flavor]", flavors.map((f) => [f.id, f.name]));
  fill("#create-server [name=image]", images.map((i) => [i.id, i.name]));
  fill("#create-server [name=network]", networks.map((n) => [n.id, n.name]), true);
}

async function simLists() {
  const [{ snapshots }, { faults }] = await Promise.all([api("GET", "/sim/v1/snapshots"), api("GET", "/sim/v1/faults")]);
  $("#snapshots").replaceChildren(
    ...snapshots.map((s) => {
      const li = document.createElement("li");
      li.textContent = `${s.name} (${s.rows} rows) `;
      li.appendChild(button("Restore", () => api("POST", `/sim/v1/snapshots/${encodeURIComponent(s.name)}/restore`, {})));
      li.appendChild(button("Delete", () => api("DELETE", `/sim/v1/snapshots/${encodeURIComponent(s.name)}`)));
      return li;
    }),
  );
  $("#faults").replaceChildren(
    ...faults.map((f) => {
      const li = document.createElement("li");
      li.textContent = `#${f.id} ${JSON.stringify(f.match)} → ${f.effect.type} (fired ${f.fired}${f.count ? `/${f.count}` : ""})`;
      return li;
    }),
  );
}

function addEvent(e) {
  if (e.id <= state.lastEvent) return;
  state.lastEvent = e.id;
  const li = document.createElement("li");
  li.textContent = `${e.time} ${e.type} ${JSON.stringify(e.data)}`;
  $("#events").prepend(li);
  while ($("#events").children.length > 200) $("#events").lastChild.remove();
}

let refreshing = null;
let again = false;
async function refresh() {
  if (refreshing) {
    again = true;
    return refreshing;
  }
  refreshing = (async () => {
    do {
      again = false;
      await Promise.all([health(), clock(), hosts(), servers(), simLists(), decisions()]).catch(showError);
    } while (again);
  })().finally(() => (refreshing = null));
  return refreshing;
}

/** Events as server-sent events over fetch (EventSource cannot send the token header); polls if the stream ends. */
async function streamEvents() {
  const { events, last } = await api("GET", "/sim/v1/events?limit=50");
  events.forEach(addEvent);
  state.lastEvent = last;
  for (;;) {
    try {
      const res = await fetch(`/sim/v1/events?since=${state.lastEvent}`, { headers: { "x-auth-token": state.token, accept: "text/event-stream" } });
      if (!res.ok) throw new Error(String(res.status));
      const reader = res.body.getReader();
      const decoder = new TextDecoder();
      let buf = "";
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buf += decoder.decode(value, { stream: true });
        let i;
        while ((i = buf.indexOf("\n\n")) !== -1) {
          const block = buf.slice(0, i);
          buf = buf.slice(i + 2);
          const data = block.split("\n").find((l) => l.startsWith("data: "));
          if (data) {
            addEvent(JSON.parse(data.slice(6)));
            refresh();
          }
        }
      }
    } catch {
      // Try again shortly (a reset, a restart).
    }
    if (!state.token) return;
    await new Promise((r) => setTimeout(r, 2000));
  }
}

function signOut() {
  state.token = null;
  sessionStorage.removeItem("novasim.token");
  $("#app").hidden = true;
  $("#login-panel").hidden = false;
}

async function start() {
  $("#login-panel").hidden = true;
  $("#app").hidden = false;
  $("#who").textContent = state.user ?? "";
  await choices().catch(showError);
  await refresh();
  streamEvents();
}

$("#login").addEventListener("submit", async (ev) => {
  ev.preventDefault();
  const f = new FormData(ev.target);
  const body = {
    auth: {
      identity: { methods: ["password"], password: { user: { name: f.get("user"), domain: { name: "Default" }, password: f.get("password") } } },
      scope: { project: { name: f.get("project"), domain: { name: "Default" } } },
    },
  };
  const res = await fetch("/identity/v3/auth/tokens?nocatalog", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  if (res.status !== 201) {
    $("#login-error").textContent = `Sign-in failed (${res.status})`;
    return;
  }
  state.token = res.headers.get("x-subject-token");
  state.user = `${f.get("user")} @ ${f.get("project")}`;
  sessionStorage.setItem("novasim.token", state.token);
  sessionStorage.setItem("novasim.user", state.user);
  start();
});

$("#create-server").addEventListener("submit", async (ev) => {
  ev.preventDefault();
  $("#create-error").textContent = "";
  const f = new FormData(ev.target);
  const network = f.get("network");
  try {
    await api(
      "POST",
      "/compute/v2.1/servers",
      { server: { name: f.get("name"), flavorRef: f.get("flavor"), imageRef: f.get("image"), networks: network === "none" ? "none" : [{ uuid: network }] } },
      { "openstack-api-version": "compute 2.37" },
    );
    ev.target.reset();
  } catch (err) {
    showError(err);
  }
  refresh();
});

$("#add-hosts").addEventListener("submit", async (ev) => {
  ev.preventDefault();
  const count = Number(new FormData(ev.target).get("count")) || 1;
  await api("POST", "/sim/v1/hosts", { hosts: [{ count }] }).catch(showError);
  refresh();
});

for (const b of document.querySelectorAll("[data-clock-mode]")) {
  b.addEventListener("click", () => api("POST", "/sim/v1/clock", { mode: b.dataset.clockMode }).catch(showError).finally(refresh));
}
$("#advance").addEventListener("click", () => {
  const v = $("#advance-by").value.trim();
  api("POST", "/sim/v1/clock", { advance: /^\d+(\.\d+)?$/.test(v) ? Number(v) : v }).catch(showError).finally(refresh);
});
$("#reset").addEventListener("click", () => api("POST", "/sim/v1/reset", {}).catch(showError).finally(() => choices().then(refresh)));
$("#snapshot").addEventListener("click", () => api("POST", "/sim/v1/snapshots", { name: $("#snapshot-name").value.trim() }).catch(showError).finally(refresh));
$("#fail-next-build").addEventListener("click", () =>
  api("POST", "/sim/v1/faults", { match: { action: "build" }, effect: { type: "fail", message: "Injected from the console" }, count: 1 }).catch(showError).finally(refresh),
);
$("#clear-faults").addEventListener("click", () => api("DELETE", "/sim/v1/faults").catch(showError).finally(refresh));

if (state.token) start();
else health().catch(() => {});
