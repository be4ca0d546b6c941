/**
 * Query strings as the Python services write them into links
 * (urllib.parse.urlencode with quote_plus).
 */

/** Python's urllib.parse.quote_plus */
export function quotePlus(s: string): string {
  return encodeURIComponent(s)
    .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/g, "+");
}
export const urlencode = (pairs: [string, string][]) => pairs.map(([k, v]) => `${quotePlus(k)}=${quotePlus(v)}`).join("&");
