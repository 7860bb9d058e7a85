/** Routes from DPC (and optionally OPC and SI) to application servers, and SLS-based selection. */
package org.callwall.m3ua.route;
