/** callwall's ISUP codec compared field by field with RestComm jSS7's on third-party vectors. */
package org.callwall.interop.isup;
