/**
 * The resource fit filters, one per resource class (so the decision record
 * says which one ran out); each lives in its own file, re-exported here.
 */
export { ramFilter } from "./ram-filter.js";
export { coreFilter } from "./core-filter.js";
export { diskFilter } from "./disk-filter.js";
