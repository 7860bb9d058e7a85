/** Screening tables from YAML and CSV: loading, validation with every problem located, compilation to a RuleSet. */
package org.callwall.screening.config;
