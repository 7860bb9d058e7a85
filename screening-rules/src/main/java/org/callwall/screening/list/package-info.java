/** Compact, immutable number lists (exact numbers, prefixes, ranges with expiry) and their CSV reader. */
package org.callwall.screening.list;
