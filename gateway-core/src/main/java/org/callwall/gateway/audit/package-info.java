/** The audit trail: one JSON line per screened IAM on logger {@code callwall.audit}. */
package org.callwall.gateway.audit;
