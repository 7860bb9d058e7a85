/** {@code callwall demo}: the gateway on the sample configuration between simulated exchanges, case by case. */
package org.callwall.gateway.demo;
