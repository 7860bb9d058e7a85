package org.callwall.isup.encode;

import io.netty.buffer.ByteBuf;
import org.callwall.isup.IsupMessageType;
import org.callwall.isup.IsupParameterCode;
import org.callwall.isup.message.IsupMessage;
import org.callwall.isup.param.NumberDigits;

/**
 * Writes a modified copy of a walked IAM: only the parameters an {@link IamEdits} touches are re-encoded;
 * every other octet of the header, the fixed part, the mandatory variable part and the optional part is
 * copied byte for byte in its original order, and every pointer is recomputed (Q.763 §1.5..1.8).
 *
 * <pre>
 *  source                         output
 *  +-----------------------+      +-----------------------+
 *  | CIC, type, fixed part | ---> | copied                |
 *  | pointers              |      | recomputed            |
 *  | called party number   |      | re-encoded if edited  |
 *  | optional p1 .. pn     |      | copied / replaced in  |
 *  |                       |      |   place / dropped     |
 *  |                       |      | + added parameters    |
 *  | 0x00                  |      | 0x00                  |
 *  | trailing octets       |      | (not copied)          |
 *  +-----------------------+      +-----------------------+
 * </pre>
 *
 * <p>Parameters added by an edit (original called number, redirecting number, redirection information, a
 * calling party number where none was) go at the end of the optional part. Octets trailing the end of
 * optional parameters are not part of the message and are not copied. One instance per event loop;
 * {@link #rewrite} allocates nothing.
 */
public final class IamRewriter {
    private static final int CALLED = IsupParameterCode.CALLED_PARTY_NUMBER.value();
    private static final int CALLING = IsupParameterCode.CALLING_PARTY_NUMBER.value();
    private static final int ORIGINAL_CALLED = IsupParameterCode.ORIGINAL_CALLED_NUMBER.value();
    private static final int REDIRECTING = IsupParameterCode.REDIRECTING_NUMBER.value();
    private static final int REDIRECTION_INFO = IsupParameterCode.REDIRECTION_INFORMATION.value();
    private static final int MAX_NUMBER_VALUE = IsupParameterCode.CALLED_PARTY_NUMBER.maxLength();
    /** Largest digit count an edited number may reach: 18 (the value is limited to 11 octets). */
    public static final int MAX_DIGITS = (MAX_NUMBER_VALUE - 2) * 2;

    /** Octets edits can add: a called number grown to 11, three added numbers of 13, redirection info, end. */
    private static final int ADDED_OCTETS = 4 * (2 + MAX_NUMBER_VALUE) + 4 + 1;

    private final NumberDigits sourceDigits = new NumberDigits();
    /*
     * The source is read from the copy the walk took and the result built in a plain array, then written with
     * one bulk copy: dozens of single-octet buffer accesses, each with its own index and reference count
     * checks, become array reads and stores.
     */
    private byte[] out = new byte[0];

    /**
     * Writes the edited IAM at {@code out.writerIndex()}. Nothing is written when an edit is refused.
     *
     * @param source a successfully walked IAM, read from the copy of its octets the walk took
     * @return octets written
     * @throws IllegalArgumentException when {@code source} is not an IAM, an edited number would exceed
     *                                  {@link #MAX_DIGITS} digits or holds a character other than 0-9, A-F
     */
    public int rewrite(IsupMessage source, IamEdits edits, ByteBuf target) {
        if (source.messageType() != IsupMessageType.IAM) {
            throw new IllegalArgumentException("message type: " + source.messageType() + " (expected: IAM) cic="
                    + source.cic());
        }
        int end = source.endOfParameters();
        if (out.length < end + ADDED_OCTETS + DigitsWriter.SLACK) {
            out = new byte[end + ADDED_OCTETS + DigitsWriter.SLACK];
        }
        byte[] src = source.octets();
        byte[] dst = out;
        int pointerArea = source.pointerAreaOffset();
        System.arraycopy(src, 0, dst, 0, pointerArea);
        int variables = source.variableCount();
        int pointers = pointerArea;
        int w = pointerArea;
        for (int i = 0; i <= variables; i++) {
            dst[w++] = 0;
        }

        int firstOptional = source.firstOptionalIndex();
        for (int i = source.firstVariableIndex(), variable = 0; i < firstOptional; i++, variable++) {
            setPointer(dst, pointers + variable, w);
            int at = source.valueOffset(i);
            int length = source.valueLength(i);
            if (source.parameterCode(i) == CALLED && edits.editsCalled()) {
                int lengthAt = w;
                w = writeCalled(src, at, length, edits, dst, w + 1);
                dst[lengthAt] = (byte) (w - lengthAt - 1);
            } else {
                System.arraycopy(src, at - 1, dst, w, 1 + length);
                w += 1 + length;
            }
        }

        int optionalStart = w;
        boolean callingDone = false;
        boolean originalCalledDone = false;
        boolean redirectingDone = false;
        boolean redirectionDone = false;
        // Untouched optional parameters lie back to back in the source: each run goes out in one copy.
        int runStart = -1;
        int runEnd = -1;
        int count = source.parameterCount();
        for (int i = firstOptional; i < count; i++) {
            int code = source.parameterCode(i);
            int at = source.valueOffset(i);
            int length = source.valueLength(i);
            boolean editsCalling = code == CALLING && !callingDone && edits.editsCalling();
            boolean replacesOriginalCalled = code == ORIGINAL_CALLED && !originalCalledDone
                    && edits.originalCalledNumber.set;
            boolean replacesRedirecting = code == REDIRECTING && !redirectingDone && edits.redirectingNumber.set;
            boolean replacesRedirection = code == REDIRECTION_INFO && !redirectionDone
                    && edits.redirectionInformation;
            if (!editsCalling && !replacesOriginalCalled && !replacesRedirecting && !replacesRedirection
                    && !edits.isRemoved(code)) {
                if (runEnd != at - 2) {
                    w = copyRun(src, runStart, runEnd, dst, w);
                    runStart = at - 2;
                }
                runEnd = at + length;
                continue;
            }
            w = copyRun(src, runStart, runEnd, dst, w);
            runStart = -1;
            runEnd = -1;
            if (edits.isRemoved(code)) {
                continue;
            }
            if (editsCalling) {
                callingDone = true;
                dst[w] = (byte) CALLING;
                int lengthAt = w + 1;
                w = writeCalling(src, at, length, edits, dst, w + 2);
                dst[lengthAt] = (byte) (w - lengthAt - 1);
            } else if (replacesOriginalCalled) {
                originalCalledDone = true;
                w = writeNewNumber(dst, w, ORIGINAL_CALLED, edits.originalCalledNumber);
            } else if (replacesRedirecting) {
                redirectingDone = true;
                w = writeNewNumber(dst, w, REDIRECTING, edits.redirectingNumber);
            } else {
                redirectionDone = true;
                w = writeRedirectionInformation(dst, w, edits);
            }
        }
        w = copyRun(src, runStart, runEnd, dst, w);
        if (!callingDone && edits.callingDigits != null) {
            w = writeNewCalling(dst, w, edits);
        }
        if (!redirectingDone && edits.redirectingNumber.set) {
            w = writeNewNumber(dst, w, REDIRECTING, edits.redirectingNumber);
        }
        if (!originalCalledDone && edits.originalCalledNumber.set) {
            w = writeNewNumber(dst, w, ORIGINAL_CALLED, edits.originalCalledNumber);
        }
        if (!redirectionDone && edits.redirectionInformation) {
            w = writeRedirectionInformation(dst, w, edits);
        }
        if (w > optionalStart) {
            dst[w++] = (byte) IsupParameterCode.END_OF_OPTIONAL_PARAMETERS.value();
            setPointer(dst, pointers + variables, optionalStart);
        }
        target.writeBytes(dst, 0, w);
        return w;
    }

    private static int copyRun(byte[] src, int from, int to, byte[] dst, int w) {
        if (to > from) {
            System.arraycopy(src, from, dst, w, to - from);
            return w + to - from;
        }
        return w;
    }

    private static void setPointer(byte[] dst, int pointerIndex, int targetIndex) {
        int pointer = targetIndex - pointerIndex;
        if (pointer > 255) {
            throw new IllegalArgumentException("pointer: " + pointer + " (expected: 1..255)");
        }
        dst[pointerIndex] = (byte) pointer;
    }

    /** Writes the called number's value at {@code w}; {@code at} indexes it in {@code src}. */
    private int writeCalled(byte[] src, int at, int length, IamEdits edits, byte[] dst, int w) {
        int first = src[at] & 0xFF;
        int second = src[at + 1] & 0xFF;
        int nai = edits.calledNatureOfAddress == IamEdits.KEEP ? first & 0x7F : edits.calledNatureOfAddress;
        if (edits.calledInternalNetworkNumber != IamEdits.KEEP) {
            second = (second & 0x7F) | edits.calledInternalNetworkNumber << 7;
        }
        if (edits.calledNumberingPlan != IamEdits.KEEP) {
            second = (second & 0x8F) | edits.calledNumberingPlan << 4;
        }
        CharSequence digits = edits.calledDigits != null ? edits.calledDigits
                : sourceDigits.wrap(src, at + 2, length - 2, (first & 0x80) != 0);
        return writeNumber(dst, w, "called party number", nai, second, edits.calledPrefix, digits);
    }

    private int writeCalling(byte[] src, int at, int length, IamEdits edits, byte[] dst, int w) {
        int first = src[at] & 0xFF;
        int second = length > 1 ? src[at + 1] & 0xFF : 0;
        int nai = edits.callingNatureOfAddress == IamEdits.KEEP ? first & 0x7F : edits.callingNatureOfAddress;
        if (edits.callingPresentationRestricted) {
            second = (second & ~0x0C) | 0x04;
        }
        CharSequence digits = edits.callingDigits != null ? edits.callingDigits
                : sourceDigits.wrap(src, at + 2, Math.max(0, length - 2), (first & 0x80) != 0);
        return writeNumber(dst, w, "calling party number", nai, second, edits.callingPrefix, digits);
    }

    private static int writeNewCalling(byte[] dst, int w, IamEdits edits) {
        dst[w] = (byte) CALLING;
        int lengthAt = w + 1;
        int nai = edits.callingNatureOfAddress == IamEdits.KEEP ? 3 : edits.callingNatureOfAddress;
        int second = 0x10 | (edits.callingPresentationRestricted ? 0x04 : 0) | 0x03;
        int next = writeNumber(dst, w + 2, "calling party number", nai, second, edits.callingPrefix,
                edits.callingDigits);
        dst[lengthAt] = (byte) (next - lengthAt - 1);
        return next;
    }

    private static int writeNewNumber(byte[] dst, int w, int code, IamEdits.NewNumber number) {
        dst[w] = (byte) code;
        int lengthAt = w + 1;
        int next = writeNumber(dst, w + 2, IsupParameterCode.nameOf(code), number.natureOfAddress,
                number.numberingPlan << 4 | number.presentation << 2, null, number.digits);
        dst[lengthAt] = (byte) (next - lengthAt - 1);
        return next;
    }

    private static int writeRedirectionInformation(byte[] dst, int w, IamEdits edits) {
        dst[w] = (byte) REDIRECTION_INFO;
        dst[w + 1] = 2;
        dst[w + 2] = (byte) (edits.originalRedirectionReason << 4 | edits.redirectingIndicator);
        dst[w + 3] = (byte) (edits.redirectionReason << 4 | edits.redirectionCounter);
        return w + 4;
    }

    private static int writeNumber(byte[] dst, int w, String name, int nai, int second, CharSequence prefix,
            CharSequence digits) {
        int count = DigitsWriter.count(prefix, digits);
        if (count > MAX_DIGITS) {
            throw new IllegalArgumentException(name + " digits: " + count + " (expected: <= " + MAX_DIGITS + ")");
        }
        dst[w] = (byte) ((count & 1) << 7 | nai);
        dst[w + 1] = (byte) second;
        return DigitsWriter.write(dst, w + 2, prefix, digits);
    }
}
