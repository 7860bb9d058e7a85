package org.callwall.isup.message;

import org.callwall.isup.IsupDecodeException;

/** Checks shared by the typed views: that the walked message is one of the types the view reads. */
final class MessageTypes {
    private MessageTypes() {
    }

    static void require(IsupMessage message, String expected, int[] codes) {
        int actual = message.messageTypeCode();
        for (int code : codes) {
            if (code == actual) {
                return;
            }
        }
        throw new IsupDecodeException("unexpected message type", message.messageType().name(), expected, actual,
                -1, 2, message.cic(), IsupDecodeException.CAUSE_INVALID_MESSAGE);
    }
}
