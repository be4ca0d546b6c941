/**
 * The OpenStack services' timestamp formats, all from a UTC Date. Each
 * service prints Python datetimes its own way; views take them from here.
 */

/** oslo_utils.timeutils.isotime (Nova's and Glance's `created`/`updated`): seconds and a Z, "2014-05-07T12:06:13Z". */
export const isotime = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, "Z");

/** A naive datetime's isoformat() (Nova's migrations, services, keypairs, launched_at): microseconds, no zone, "2014-05-07T12:06:13.681000". */
export const naiveTime = (d: Date) => d.toISOString().replace(/\.(\d{3})Z$/, ".$1000");

/** naiveTime, or null for a missing datetime (Nova prints None as null). */
export const naiveTimeOrNull = (d: Date | null) => (d ? naiveTime(d) : null);

/** Keystone's token timestamps: microseconds and a Z, "2014-05-07T12:06:13.681000Z". */
export const keystoneTime = (d: Date) => d.toISOString().replace(/\.(\d{3})Z$/, ".$1000Z");
