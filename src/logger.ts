import pino, { type Logger } from "pino";

/** One JSON line per event; pretty only for a person at a terminal (if pino-pretty is installed). */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: "novasim" }, timestamp: pino.stdTimeFunctions.isoTime });
}
