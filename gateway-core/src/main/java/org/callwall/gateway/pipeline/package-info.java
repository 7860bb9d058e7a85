/** The screening pipeline: every M3UA DATA through ISUP decode, screening and the verdict's action. */
package org.callwall.gateway.pipeline;
