package org.callwall.interop.isup;

/**
 * The fields both codecs expose, named once so the two extractors fill the same keys. Digits are compared
 * in upper case: jSS7 prints the end-of-pulsing signal as {@code f}, callwall (like Wireshark) as {@code F}.
 */
enum IsupField {
    CIC,
    MESSAGE_TYPE,
    CALLED_DIGITS,
    CALLED_NAI,
    CALLED_NPI,
    CALLED_INN,
    CALLING_DIGITS,
    CALLING_NAI,
    CALLING_NPI,
    CALLING_PRESENTATION,
    CALLING_SCREENING,
    CALLING_INCOMPLETE,
    CALLING_PARTY_CATEGORY,
    LOCATION_DIGITS,
    LOCATION_NAI,
    REDIRECTING_DIGITS,
    ORIGINAL_CALLED_DIGITS,
    CAUSE_VALUE,
    CAUSE_LOCATION,
    CAUSE_CODING_STANDARD,
    BCI_CHARGE,
    BCI_CALLED_STATUS,
    BCI_CALLED_CATEGORY,
    BCI_ECHO_CONTROL_DEVICE,
    RANGE,
    STATUS
}
