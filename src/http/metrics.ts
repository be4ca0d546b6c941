import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import type { Scheduler } from "../scheduler/scheduler.js";
import type { StatsService } from "../simulator/stats.js";

/**
 * GET /metrics in Prometheus' text format (prom-client), on the API's own
 * port and without a token, as exporters usually serve it (node_exporter,
 * kube-state-metrics): scrapers carry no Keystone token. It tells only
 * counts, never names of projects or servers. Each app has its own registry,
 * so several apps in one process (the tests) do not share counters.
 */
export interface MetricsOptions {
  stats: StatsService;
  scheduler: Pick<Scheduler, "onDecision">;
}

export const METRICS_URL = "/metrics";

export default fp(async function metrics(app: FastifyInstance, opts: MetricsOptions) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "novasim_" });

  const labelNames = ["method", "route", "status_code"] as const;
  const requests = new Counter({ name: "novasim_http_requests_total", help: "HTTP requests answered, by method, route and status code.", labelNames, registers: [registry] });
  const durations = new Histogram({
    name: "novasim_http_request_duration_seconds",
    help: "Time to answer HTTP requests, by method, route and status code.",
    labelNames,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  app.addHook("onResponse", async (req, reply) => {
    // The route's pattern, not the URL: ids stay out of the labels. Unrouted URLs share one label.
    const route = req.routeOptions.url ?? "unmatched";
    if (route === METRICS_URL) return;
    const labels = { method: req.method, route, status_code: String(reply.statusCode) };
    requests.inc(labels);
    durations.observe(labels, reply.elapsedTime / 1000);
  });

  const decisions = new Counter({
    name: "novasim_scheduler_decisions_total",
    help: "Scheduling decisions, by outcome (placed, no_valid_host).",
    labelNames: ["outcome"],
    registers: [registry],
  });
  const noValidHost = new Counter({ name: "novasim_scheduler_no_valid_host_total", help: "Scheduling decisions that ended in NoValidHost.", registers: [registry] });
  const decisionTime = new Histogram({
    name: "novasim_scheduler_decision_duration_seconds",
    help: "Time a scheduling decision took (cache refresh, filtering and weighing, claim).",
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
    registers: [registry],
  });
  decisions.inc({ outcome: "placed" }, 0);
  decisions.inc({ outcome: "no_valid_host" }, 0);
  const unsubscribe = opts.scheduler.onDecision((d) => {
    decisions.inc({ outcome: d.outcome });
    if (d.outcome === "no_valid_host") noValidHost.inc();
    decisionTime.observe(d.ms.total / 1000);
  });
  app.addHook("onClose", async () => unsubscribe());

  // Read from the database at each scrape: what every replica sharing it holds.
  new Gauge({
    name: "novasim_instances",
    help: "Live (not deleted) instances, by vm_state.",
    labelNames: ["vm_state"],
    registers: [registry],
    async collect() {
      this.reset();
      for (const [vmState, n] of await opts.stats.instancesByVmState()) this.set({ vm_state: vmState }, n);
    },
  });
  const hostGauge = (name: string, help: string, pick: "used" | "capacity") =>
    new Gauge({
      name,
      help,
      labelNames: ["host", "resource_class"],
      registers: [registry],
      async collect() {
        this.reset();
        for (const u of await opts.stats.hostUsage()) this.set({ host: u.host, resource_class: u.resourceClass }, u[pick]);
      },
    });
  hostGauge("novasim_host_resource_used", "Resources allocated on each host, by Placement resource class.", "used");
  hostGauge("novasim_host_resource_capacity", "Each host's Placement capacity ((total - reserved) × allocation ratio), by resource class.", "capacity");
  new Gauge({
    name: "novasim_worker_queue_depth",
    help: "Instances with a step the worker takes now (builds to schedule, deletes, due task steps).",
    registers: [registry],
    async collect() {
      this.set(await opts.stats.workQueueDepth());
    },
  });
  new Gauge({
    name: "novasim_tasks_in_progress",
    help: "Instances with a task in progress (task_state set).",
    registers: [registry],
    async collect() {
      this.set(await opts.stats.tasksInProgress());
    },
  });

  app.get(METRICS_URL, { schema: { hide: true }, config: { public: true } }, async (_req, reply) => {
    reply.header("content-type", registry.contentType);
    return registry.metrics();
  });
});
