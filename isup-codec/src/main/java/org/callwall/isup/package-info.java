/** ISUP basics shared by every message: variant, header, message type and parameter codes, decode errors. */
package org.callwall.isup;
