package org.callwall.screening.action;

/**
 * Rewrite of the calling number. Applied in this order: replace, prefix, set NAI, withhold.
 *
 * @param withhold     set presentation restricted, keeping the number for the network
 * @param replaceWith  new calling digits, empty to keep them
 * @param prefix       digits put in front of the calling number (e.g. {@code 00}), empty for none
 * @param nai          new nature of address, {@code -1} to keep it
 */
public record ModifyAction(boolean withhold, String replaceWith, String prefix, int nai) {

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        if (!replaceWith.isEmpty()) {
            text.append("replace=").append(replaceWith).append(' ');
        }
        if (!prefix.isEmpty()) {
            text.append("prefix=").append(prefix).append(' ');
        }
        if (nai >= 0) {
            text.append("nai=").append(nai).append(' ');
        }
        if (withhold) {
            text.append("withhold ");
        }
        return text.toString().trim();
    }
}
