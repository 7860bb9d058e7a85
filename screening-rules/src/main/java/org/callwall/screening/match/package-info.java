/** Compiled conditions: small predicate objects evaluated without allocation, each able to explain itself. */
package org.callwall.screening.match;
