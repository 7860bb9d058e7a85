/** Zero-allocation flyweights over ISUP messages: the generic structure walker and one view per message family. */
package org.callwall.isup.message;
