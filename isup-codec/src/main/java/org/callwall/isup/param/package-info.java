/** Zero-allocation flyweights over ISUP parameters: numbers, digits, cause and indicator octets. */
package org.callwall.isup.param;
