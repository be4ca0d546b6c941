import type Sqlite from "better-sqlite3";

/**
 * A prepared-statement cache for Prisma's better-sqlite3 adapter.
 *
 * The adapter (@prisma/adapter-better-sqlite3 6.19) prepares every query anew:
 * `client.prepare(sql).bind(args)` and then `run()`, or `columns()` and
 * `raw().all()`. Preparing makes SQLite parse and plan the statement each time;
 * a profile of 300 creates put about 5 of the 69 ms of CPU per create there
 * (better-sqlite3's `Statement` constructor and `prepare`). Prisma's queries
 * come from a fixed set of shapes, so the same SQL text recurs: this keeps the
 * prepared statements by their SQL (least recently used out beyond `max`) and
 * hands the adapter a statement whose `bind(args)` returns a view that passes
 * the arguments at each call instead of binding them for good (a bound
 * better-sqlite3 statement cannot be bound again).
 *
 * Only the calls the adapter makes are provided. better-sqlite3 is
 * synchronous and a statement is used to the end before the next call, so
 * one statement object per SQL text is never used by two queries at once.
 */
type Args = unknown[];

interface AdapterStatement {
  readonly reader: boolean;
  run(): Sqlite.RunResult;
  bind(args: Args): AdapterStatement;
  columns(): Sqlite.ColumnDefinition[];
  raw(): { all(): unknown[] };
}

function view(stmt: Sqlite.Statement, args: Args): AdapterStatement {
  return {
    get reader() {
      return stmt.reader;
    },
    run: () => stmt.run(...args),
    bind: (more) => view(stmt, [...args, ...more]),
    columns: () => stmt.columns(),
    raw: () => ({ all: () => stmt.raw(true).all(...args) as unknown[] }),
  };
}

/** Wraps `client` so that `prepare` reuses statements; every other member is the client's own. */
export function cachingStatements(client: Sqlite.Database, max = 512): Sqlite.Database {
  const cache = new Map<string, Sqlite.Statement>();
  const prepare = (sql: string): AdapterStatement => {
    let stmt = cache.get(sql);
    if (stmt) {
      // Most recently used last, so the first key is the one to drop.
      cache.delete(sql);
    } else {
      stmt = client.prepare(sql);
      if (cache.size >= max) cache.delete(cache.keys().next().value!);
    }
    cache.set(sql, stmt);
    return view(stmt, []);
  };
  return new Proxy(client, {
    get(target, prop, receiver) {
      if (prop === "prepare") return prepare;
      const v = Reflect.get(target, prop, receiver);
      return typeof v === "function" ? v.bind(target) : v;
    },
  });
}

/** The adapter object Prisma's client gets from the factory's connect(): it holds the connection as `client`. */
interface ConnectedAdapter {
  client: Sqlite.Database;
}

/** A driver-adapter factory whose connections reuse prepared statements (see cachingStatements). */
export function withStatementCache<F extends { connect(): Promise<unknown> }>(factory: F): F {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = (await connect()) as ConnectedAdapter;
    if (!adapter || typeof adapter.client?.prepare !== "function") throw new Error("unexpected better-sqlite3 adapter: no client to wrap");
    adapter.client = cachingStatements(adapter.client);
    return adapter;
  };
  return factory;
}
