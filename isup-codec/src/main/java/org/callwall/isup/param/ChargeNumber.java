package org.callwall.isup.param;

/**
 * Charge number (ANSI T1.113 §3.10A, code 0xEB): the number billed for the call, which may differ from the
 * CLI. NAI 1 subscriber ANI, 3 national ANI, 5 subscriber no ANI, 7 national no ANI.
 *
 * <pre>
 *   8     7 6 5 4 3 2 1
 *  +-----+-------------+
 *  | O/E | NAI         |
 *  +-----+-----+-------+
 *  |spare| NPI | spare |
 *  +-----+-----+-------+
 *  | 2nd | 1st digit   |
 *  +-------------------+
 * </pre>
 */
public final class ChargeNumber extends NumberParameter {
}
