import pino, { type DestinationStream, type Logger } from "pino";
import pretty from "pino-pretty";

export interface LoggerOptions {
  /** Where lines go (default: standard output). */
  destination?: DestinationStream;
  /** Human-readable lines (pino-pretty) instead of JSON; default: when standard output is a terminal. */
  pretty?: boolean;
}

/**
 * One JSON line per event for machines (files, journald, docker logs);
 * pino-pretty's coloured lines for a person at a terminal. Request lines
 * carry the request's id (`request_id`, as in x-openstack-request-id).
 */
export function createLogger(level: string, opts: LoggerOptions = {}): Logger {
  const options = { level, base: { service: "novasim" }, timestamp: pino.stdTimeFunctions.isoTime };
  const human = opts.pretty ?? (opts.destination === undefined && process.stdout.isTTY === true);
  if (!human) return opts.destination ? pino(options, opts.destination) : pino(options);
  // Synchronous, so the last lines before an exit are written; the request id leads each request's line.
  const stream = pretty({
    sync: true,
    colorize: opts.destination === undefined,
    translateTime: "SYS:HH:MM:ss.l",
    ignore: "pid,hostname,service,request_id",
    singleLine: true,
    messageFormat: "{if request_id}[{request_id}] {end}{msg}",
    ...(opts.destination ? { destination: opts.destination as NodeJS.WritableStream } : {}),
  });
  return pino(options, stream);
}
