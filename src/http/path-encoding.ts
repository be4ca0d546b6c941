import { serviceOf } from "./services.js";

/**
 * The OpenStack services are Python WSGI applications: the server unquotes the
 * request path into PATH_INFO byte by byte and hands it over as latin-1
 * (PEP 3333), so a path whose percent-escapes are not UTF-8 (`/flavors/%ff%fe`)
 * still routes, with the bytes as latin-1 characters in the id ("ÿþ"), and the
 * route answers as for any unknown id (Nova: 404 "Flavor ÿþ could not be
 * found."). Keystone (Flask) decodes PATH_INFO as UTF-8 with replacement
 * characters instead (werkzeug's decoding dance). A '%' not followed by two hex
 * digits stays a literal '%' (urllib's unquote). find-my-way would refuse such
 * paths before routing (FST_ERR_BAD_URL, fastify's own body), so they are
 * re-escaped here, as fastify's rewriteUrl, to what those servers would route:
 * the same characters, percent-encoded as UTF-8. Valid paths are left alone.
 */
export function repairPathEncoding(url: string): string {
  const q = url.indexOf("?");
  const path = q < 0 ? url : url.slice(0, q);
  if (!path.includes("%")) return url;
  try {
    decodeURIComponent(path);
    return url;
  } catch {
    // Not UTF-8, or a stray '%': repaired below.
  }
  const latin1 = serviceOf(path) !== "identity";
  const fixed = path.replace(/(?:%[0-9a-fA-F]{2})+|%/g, (run) => {
    if (run === "%") return "%25";
    try {
      decodeURIComponent(run);
      return run;
    } catch {
      const bytes = Uint8Array.from(run.slice(1).split("%"), (h) => parseInt(h, 16));
      return encodeURIComponent(latin1 ? String.fromCharCode(...bytes) : new TextDecoder().decode(bytes));
    }
  });
  return q < 0 ? fixed : fixed + url.slice(q);
}
