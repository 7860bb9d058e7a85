/** gateway.yaml: bound into immutable records, every problem reported at once with line and column. */
package org.callwall.gateway.config;
