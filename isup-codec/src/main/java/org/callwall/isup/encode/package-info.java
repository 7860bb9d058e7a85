/** Writers of ISUP messages into caller-supplied buffers: REL, RLC and the IAM rewriter. */
package org.callwall.isup.encode;
