package org.callwall.isup.encode;

import io.netty.buffer.ByteBuf;
import org.callwall.isup.IsupMessageType;
import org.callwall.isup.IsupParameterCode;
import org.callwall.isup.message.IsupMessage;
import org.callwall.isup.message.ParameterKind;
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

    private final NumberDigits sourceDigits = new NumberDigits();

    /**
     * Writes the edited IAM at {@code out.writerIndex()}.
     *
     * @param source a successfully walked IAM; its buffer must stay readable and must not be {@code out}
     * @return octets written
     * @throws IllegalArgumentException when {@code source} is not an IAM, an edited number would exceed
     *                                  {@link #MAX_DIGITS} digits or holds a character other than 0-9, A-F
     */
    public int rewrite(IsupMessage source, IamEdits edits, ByteBuf out) {
        if (source.messageType() != IsupMessageType.IAM) {
            throw new IllegalArgumentException("message type: " + source.messageType() + " (expected: IAM) cic="
                    + source.cic());
        }
        ByteBuf in = source.buffer();
        int base = source.offset();
        int start = out.writerIndex();
        int pointerArea = source.pointerAreaOffset();
        out.writeBytes(in, base, pointerArea);
        int variables = source.variableCount();
        int pointers = start + pointerArea;
        out.writeZero(variables + 1);

        int variable = 0;
        for (int i = 0; i < source.parameterCount(); i++) {
            if (source.parameterKind(i) != ParameterKind.MANDATORY_VARIABLE) {
                continue;
            }
            setPointer(out, pointers + variable, out.writerIndex());
            variable++;
            if (source.parameterCode(i) == CALLED && edits.editsCalled()) {
                int lengthAt = out.writerIndex();
                out.writeByte(0);
                writeCalled(in, base + source.valueOffset(i), source.valueLength(i), edits, out);
                out.setByte(lengthAt, out.writerIndex() - lengthAt - 1);
            } else {
                out.writeBytes(in, base + source.wireOffset(i), 1 + source.valueLength(i));
            }
        }

        int optionalStart = out.writerIndex();
        boolean callingDone = false;
        boolean originalCalledDone = false;
        boolean redirectingDone = false;
        boolean redirectionDone = false;
        // Untouched optional parameters lie back to back in the source: each run goes out in one copy.
        int runStart = -1;
        int runEnd = -1;
        for (int i = 0; i < source.parameterCount(); i++) {
            if (source.parameterKind(i) != ParameterKind.OPTIONAL) {
                continue;
            }
            int code = source.parameterCode(i);
            int at = base + source.valueOffset(i);
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
                    copyRun(in, runStart, runEnd, out);
                    runStart = at - 2;
                }
                runEnd = at + length;
                continue;
            }
            copyRun(in, runStart, runEnd, out);
            runStart = -1;
            runEnd = -1;
            if (edits.isRemoved(code)) {
                continue;
            }
            if (editsCalling) {
                callingDone = true;
                beginOptional(out, CALLING);
                int lengthAt = out.writerIndex() - 1;
                writeCalling(in, at, length, edits, out);
                out.setByte(lengthAt, out.writerIndex() - lengthAt - 1);
            } else if (replacesOriginalCalled) {
                originalCalledDone = true;
                writeNewNumber(out, ORIGINAL_CALLED, edits.originalCalledNumber);
            } else if (replacesRedirecting) {
                redirectingDone = true;
                writeNewNumber(out, REDIRECTING, edits.redirectingNumber);
            } else {
                redirectionDone = true;
                writeRedirectionInformation(out, edits);
            }
        }
        copyRun(in, runStart, runEnd, out);
        if (!callingDone && edits.callingDigits != null) {
            writeNewCalling(out, edits);
        }
        if (!redirectingDone && edits.redirectingNumber.set) {
            writeNewNumber(out, REDIRECTING, edits.redirectingNumber);
        }
        if (!originalCalledDone && edits.originalCalledNumber.set) {
            writeNewNumber(out, ORIGINAL_CALLED, edits.originalCalledNumber);
        }
        if (!redirectionDone && edits.redirectionInformation) {
            writeRedirectionInformation(out, edits);
        }
        if (out.writerIndex() > optionalStart) {
            out.writeByte(IsupParameterCode.END_OF_OPTIONAL_PARAMETERS.value());
            setPointer(out, pointers + variables, optionalStart);
        }
        return out.writerIndex() - start;
    }

    private static void copyRun(ByteBuf in, int from, int to, ByteBuf out) {
        if (to > from) {
            out.writeBytes(in, from, to - from);
        }
    }

    private static void setPointer(ByteBuf out, int pointerIndex, int targetIndex) {
        int pointer = targetIndex - pointerIndex;
        if (pointer > 255) {
            throw new IllegalArgumentException("pointer: " + pointer + " (expected: 1..255)");
        }
        out.setByte(pointerIndex, pointer);
    }

    private static void beginOptional(ByteBuf out, int code) {
        out.writeByte(code);
        out.writeByte(0);
    }

    private void writeCalled(ByteBuf in, int at, int length, IamEdits edits, ByteBuf out) {
        int first = in.getUnsignedByte(at);
        int second = in.getUnsignedByte(at + 1);
        int nai = edits.calledNatureOfAddress == IamEdits.KEEP ? first & 0x7F : edits.calledNatureOfAddress;
        if (edits.calledInternalNetworkNumber != IamEdits.KEEP) {
            second = (second & 0x7F) | edits.calledInternalNetworkNumber << 7;
        }
        if (edits.calledNumberingPlan != IamEdits.KEEP) {
            second = (second & 0x8F) | edits.calledNumberingPlan << 4;
        }
        CharSequence digits = edits.calledDigits != null ? edits.calledDigits
                : sourceDigits.wrap(in, at + 2, length - 2, (first & 0x80) != 0);
        writeNumber(out, "called party number", nai, second, edits.calledPrefix, digits);
    }

    private void writeCalling(ByteBuf in, int at, int length, IamEdits edits, ByteBuf out) {
        int first = in.getUnsignedByte(at);
        int second = length > 1 ? in.getUnsignedByte(at + 1) : 0;
        int nai = edits.callingNatureOfAddress == IamEdits.KEEP ? first & 0x7F : edits.callingNatureOfAddress;
        if (edits.callingPresentationRestricted) {
            second = (second & ~0x0C) | 0x04;
        }
        CharSequence digits = edits.callingDigits != null ? edits.callingDigits
                : sourceDigits.wrap(in, at + 2, Math.max(0, length - 2), (first & 0x80) != 0);
        writeNumber(out, "calling party number", nai, second, edits.callingPrefix, digits);
    }

    private static void writeNewCalling(ByteBuf out, IamEdits edits) {
        beginOptional(out, CALLING);
        int lengthAt = out.writerIndex() - 1;
        int nai = edits.callingNatureOfAddress == IamEdits.KEEP ? 3 : edits.callingNatureOfAddress;
        int second = 0x10 | (edits.callingPresentationRestricted ? 0x04 : 0) | 0x03;
        writeNumber(out, "calling party number", nai, second, edits.callingPrefix, edits.callingDigits);
        out.setByte(lengthAt, out.writerIndex() - lengthAt - 1);
    }

    private static void writeNewNumber(ByteBuf out, int code, IamEdits.NewNumber number) {
        beginOptional(out, code);
        int lengthAt = out.writerIndex() - 1;
        writeNumber(out, IsupParameterCode.nameOf(code), number.natureOfAddress,
                number.numberingPlan << 4 | number.presentation << 2, null, number.digits);
        out.setByte(lengthAt, out.writerIndex() - lengthAt - 1);
    }

    private static void writeRedirectionInformation(ByteBuf out, IamEdits edits) {
        out.writeByte(REDIRECTION_INFO);
        out.writeByte(2);
        out.writeByte(edits.originalRedirectionReason << 4 | edits.redirectingIndicator);
        out.writeByte(edits.redirectionReason << 4 | edits.redirectionCounter);
    }

    private static void writeNumber(ByteBuf out, String name, int nai, int second, CharSequence prefix,
            CharSequence digits) {
        int count = DigitsWriter.count(prefix, digits);
        if (count > MAX_DIGITS) {
            throw new IllegalArgumentException(name + " digits: " + count + " (expected: <= " + MAX_DIGITS + ")");
        }
        out.writeByte((count & 1) << 7 | nai);
        out.writeByte(second);
        DigitsWriter.write(out, prefix, digits);
    }
}
