/** The screening engine's public face: the call as rules see it, the compiled RuleSet and its Verdicts. */
package org.callwall.screening;
