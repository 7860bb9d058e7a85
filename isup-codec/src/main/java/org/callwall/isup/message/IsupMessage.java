package org.callwall.isup.message;

import io.netty.buffer.ByteBuf;
import org.callwall.isup.IsupDecodeException;
import org.callwall.isup.IsupHeader;
import org.callwall.isup.IsupMessageType;
import org.callwall.isup.IsupParameterCode;
import org.callwall.isup.IsupVariant;

/**
 * The generic structure walker: checks one ISUP message against the layout of its type and indexes every
 * parameter in wire order, so typed views and the rewriter find them without walking again (Q.763 §1.4..1.8).
 *
 * <pre>
 *  +------------------------------+
 *  | CIC (2) | message type (1)   |  routing header
 *  +------------------------------+
 *  | mandatory fixed part         |  lengths fixed by the message type
 *  +------------------------------+
 *  | pointer to variable param 1  |  one octet each, relative to the pointer octet itself
 *  | ...                          |
 *  | pointer to optional part     |  0 = no optional part
 *  +------------------------------+
 *  | length | variable param 1    |  mandatory variable part
 *  | ...                          |
 *  +------------------------------+
 *  | name | length | value        |  optional part, any order, unknown names kept
 *  | ...                          |
 *  | 0x00                         |  end of optional parameters
 *  +------------------------------+
 *  | trailing octets              |  tolerated and reported (seen in real captures)
 *  +------------------------------+
 * </pre>
 *
 * <p>Every pointer and length is read unsigned and checked against the message bounds before the octets it
 * announces are read; the walker never reads outside {@code [offset, offset + length)} and never moves the
 * buffer's reader or writer index. The message is taken out of the buffer with one bulk read into an array
 * the walk and the typed views then read: one access check and one bounds check per message instead of one
 * per octet, however the buffer is wrapped. One instance is reused per handler: {@link #wrap} allocates
 * nothing once the parameter index and the array have grown to the largest message seen.
 */
public final class IsupMessage {
    private static final int INITIAL_CAPACITY = 32;
    /**
     * Octets the copy keeps past the message, so a view may read a whole word at any value offset and mask
     * what lies past the value instead of assembling the word octet by octet.
     */
    public static final int COPY_SLACK = 16;
    private static final ParameterKind[] KINDS = ParameterKind.values();
    /** Accepted value lengths by name octet, so a length check costs two array reads, not an enum lookup. */
    private static final short[] MIN_LENGTHS = new short[256];
    private static final short[] MAX_LENGTHS = new short[256];

    /** Slot table of a plain walk: no parameter is tracked. */
    private static final byte[] NO_SLOTS = new byte[256];

    static {
        java.util.Arrays.fill(NO_SLOTS, (byte) -1);
        for (int code = 0; code < 256; code++) {
            IsupParameterCode known = IsupParameterCode.valueOf(code);
            MIN_LENGTHS[code] = (short) known.minLength();
            MAX_LENGTHS[code] = (short) known.maxLength();
        }
    }

    private final IsupVariant variant;
    private ByteBuf buffer;
    private int offset;
    private int length;
    private int typeCode;
    private int cic;
    private MessageStructure structure;
    private int count;
    /**
     * One entry per parameter, so indexing one costs a single store: value offset in the high 32 bits, then
     * kind (bits 16-17), name code (bits 8-15) and value length (bits 0-7), both octets read off the wire.
     */
    private long[] entries = new long[INITIAL_CAPACITY];
    /** The message's octets from the CIC on, at index 0, followed by at least {@link #COPY_SLACK} more. */
    private byte[] octets = new byte[256 + COPY_SLACK];
    private int optionalPointerOffset;
    private int optionalPartOffset;
    private int endOfParameters;
    /** Optional parameters a typed view asked the walk to track: bit s set when slot s was found. */
    private int slotsFound;
    /** Index of the first optional parameter of each found slot. */
    private final int[] slotIndex = new int[Integer.SIZE];

    public IsupMessage(IsupVariant variant) {
        this.variant = variant;
    }

    /**
     * Points this view at one message (from the CIC on) and checks its whole structure.
     *
     * @throws IsupDecodeException when the message is malformed; this view is then unusable until the next
     *                             successful wrap
     */
    public IsupMessage wrap(ByteBuf buffer, int offset, int length) {
        return walk(buffer, offset, length, NO_SLOTS);
    }

    /**
     * Walks as {@link #wrap} does and, in the same pass over the optional part, notes the index of the first
     * optional parameter of each tracked slot ({@code slots} maps a name octet to a slot 0..31, -1 for
     * untracked names): the typed view then wraps its views without looking at the other parameters.
     */
    IsupMessage wrap(ByteBuf buffer, int offset, int length, byte[] slots) {
        return walk(buffer, offset, length, slots);
    }

    private IsupMessage walk(ByteBuf buffer, int offset, int length, byte[] slots) {
        if (this.buffer != buffer) {
            this.buffer = buffer;
        }
        this.offset = offset;
        this.length = length;
        this.count = 0;
        this.structure = null;
        this.slotsFound = 0;
        if (length < IsupHeader.LENGTH) {
            throw new IsupDecodeException("truncated ISUP header", length + " octets",
                    ">= " + IsupHeader.LENGTH + " octets", -1, -1, Math.max(length, 0),
                    length >= 2 ? IsupHeader.cicAt(buffer, offset, variant) : -1,
                    IsupDecodeException.CAUSE_INVALID_MESSAGE);
        }
        byte[] copy = octets;
        if (copy.length < length + COPY_SLACK) {
            copy = new byte[Math.max(length + COPY_SLACK, copy.length * 2)];
            octets = copy;
        }
        buffer.getBytes(offset, copy, 0, length);
        cic = ((copy[0] & 0xFF) | (copy[1] & 0xFF) << 8) & variant.cicMask();
        typeCode = copy[2] & 0xFF;
        MessageStructure layout = MessageStructure.lookup(variant, typeCode);
        if (layout == MessageStructure.UNDEFINED) {
            throw error("unknown message type", hex(typeCode), "a " + variant + " message type", -1, 2,
                    IsupDecodeException.CAUSE_MESSAGE_TYPE_NON_EXISTENT);
        }
        int position = walkFixed(layout);
        int pointers = layout.variableCount() + (layout.hasOptionalPart() ? 1 : 0);
        if (position + pointers > length) {
            throw error("truncated pointer area", (length - position) + " octets", pointers + " octets", -1,
                    length, IsupDecodeException.CAUSE_INVALID_MESSAGE);
        }
        int areaEnd = position + pointers;
        int end = areaEnd;
        for (int i = 0; i < layout.variableCount(); i++) {
            end = Math.max(end, walkVariable(layout.variableCode(i), position + i, areaEnd));
        }
        optionalPointerOffset = -1;
        optionalPartOffset = -1;
        if (layout.hasOptionalPart()) {
            optionalPointerOffset = position + layout.variableCount();
            int pointer = octets[optionalPointerOffset] & 0xFF;
            if (pointer != 0) {
                int target = checkedTarget(optionalPointerOffset, pointer, areaEnd, -1);
                optionalPartOffset = target;
                end = Math.max(end, walkOptional(target, slots));
            }
        }
        endOfParameters = end;
        structure = layout;
        return this;
    }

    private int walkFixed(MessageStructure layout) {
        int position = IsupHeader.LENGTH;
        int needed = position + layout.fixedPartLength();
        if (needed > length) {
            int missingCode = layout.fixedCode(0);
            int at = position;
            for (int i = 0; i < layout.fixedCount(); i++) {
                if (at + layout.fixedLength(i) > length) {
                    missingCode = layout.fixedCode(i);
                    break;
                }
                at += layout.fixedLength(i);
            }
            throw error("truncated mandatory fixed part", (length - position) + " octets",
                    layout.fixedPartLength() + " octets", missingCode, length,
                    IsupDecodeException.CAUSE_INVALID_MESSAGE);
        }
        long[] fixed = layout.fixedEntries();
        if (fixed.length > entries.length) {
            entries = new long[Math.max(fixed.length, entries.length * 2)];
        }
        System.arraycopy(fixed, 0, entries, 0, fixed.length);
        count = fixed.length;
        return needed;
    }

    private int walkVariable(int code, int pointerOffset, int areaEnd) {
        int pointer = octets[pointerOffset] & 0xFF;
        if (pointer == 0) {
            throw error("mandatory parameter missing", "pointer 0", "pointer >= 1", code, pointerOffset,
                    IsupDecodeException.CAUSE_MANDATORY_PARAMETER_MISSING);
        }
        int target = checkedTarget(pointerOffset, pointer, areaEnd, code);
        int valueLength = octets[target] & 0xFF;
        checkFits(code, target, valueLength);
        checkLength(code, target, valueLength);
        add(code, target + 1, valueLength, ParameterKind.MANDATORY_VARIABLE);
        return target + 1 + valueLength;
    }

    private int walkOptional(int start, byte[] slots) {
        byte[] copy = octets;
        int found = 0;
        int position = start;
        while (true) {
            if (position >= length) {
                throw error("missing end of optional parameters", "end of message at " + length,
                        "octet 0x00", -1, position, IsupDecodeException.CAUSE_INVALID_MESSAGE);
            }
            int code = copy[position] & 0xFF;
            if (code == 0) {
                slotsFound = found;
                return position + 1;
            }
            if (position + 1 >= length) {
                throw error("truncated optional parameter", "no length octet", "name, length, value", code,
                        position, IsupDecodeException.CAUSE_INVALID_MESSAGE);
            }
            int valueLength = copy[position + 1] & 0xFF;
            checkFits(code, position + 1, valueLength);
            checkLength(code, position + 1, valueLength);
            int slot = slots[code];
            if (slot >= 0 && (found & 1 << slot) == 0) {
                found |= 1 << slot;
                slotIndex[slot] = count;
            }
            add(code, position + 2, valueLength, ParameterKind.OPTIONAL);
            position += 2 + valueLength;
        }
    }

    private int checkedTarget(int pointerOffset, int pointer, int areaEnd, int code) {
        int target = pointerOffset + pointer;
        if (target >= length) {
            throw error("pointer past end of message", Integer.toString(pointer),
                    "<= " + (length - 1 - pointerOffset), code, pointerOffset,
                    IsupDecodeException.CAUSE_INVALID_MESSAGE);
        }
        if (target < areaEnd) {
            throw error("pointer into pointer area", Integer.toString(pointer),
                    ">= " + (areaEnd - pointerOffset), code, pointerOffset,
                    IsupDecodeException.CAUSE_INVALID_MESSAGE);
        }
        return target;
    }

    private void checkFits(int code, int lengthOffset, int valueLength) {
        if (lengthOffset + 1 + valueLength > length) {
            throw error("parameter length past end of message", Integer.toString(valueLength),
                    "<= " + (length - lengthOffset - 1), code, lengthOffset,
                    IsupDecodeException.CAUSE_INVALID_MESSAGE);
        }
    }

    private void checkLength(int code, int lengthOffset, int valueLength) {
        int min = MIN_LENGTHS[code & 0xFF];
        int max = MAX_LENGTHS[code & 0xFF];
        if (valueLength < min || valueLength > max) {
            throw error("invalid parameter length", Integer.toString(valueLength), min + ".." + max, code,
                    lengthOffset, IsupDecodeException.CAUSE_INVALID_PARAMETER_CONTENTS);
        }
    }

    private IsupDecodeException error(String what, String actual, String expected, int code, int at, int cause) {
        return new IsupDecodeException(what, actual, expected, typeCode, code, at, cic, cause);
    }

    private static String hex(int value) {
        return String.format("0x%02X", value);
    }

    private void add(int code, int valueOffset, int valueLength, ParameterKind kind) {
        if (count == entries.length) {
            entries = java.util.Arrays.copyOf(entries, count * 2);
        }
        entries[count] = entry(code, valueOffset, valueLength, kind);
        count++;
    }

    static long entry(int code, int valueOffset, int valueLength, ParameterKind kind) {
        return (long) valueOffset << 32 | kind.ordinal() << 16 | code << 8 | valueLength;
    }

    public IsupVariant variant() {
        return variant;
    }

    /** The buffer this view reads. */
    public ByteBuf buffer() {
        return buffer;
    }

    /** Index in {@link #buffer()} of the first CIC octet. */
    public int offset() {
        return offset;
    }

    /** Octets of the message, trailing octets included. */
    public int length() {
        return length;
    }

    public int cic() {
        return cic;
    }

    public int messageTypeCode() {
        return typeCode;
    }

    public IsupMessageType messageType() {
        return IsupMessageType.valueOf(typeCode);
    }

    /** Parameters found, in wire order: fixed, then variable, then optional (end octet not counted). */
    public int parameterCount() {
        return count;
    }

    /** Name code of parameter {@code index} (for fixed and variable parameters: the code they would have). */
    public int parameterCode(int index) {
        return codeAt(checkIndex(index));
    }

    public IsupParameterCode parameter(int index) {
        return IsupParameterCode.valueOf(parameterCode(index));
    }

    public ParameterKind parameterKind(int index) {
        return KINDS[(int) (entries[checkIndex(index)] >>> 16) & 0x03];
    }

    /** Offset of the value's first octet, from the first CIC octet (add {@link #offset()} for the buffer). */
    public int valueOffset(int index) {
        return valueOffsetAt(checkIndex(index));
    }

    /** Octets of the value (without name and length octets). */
    public int valueLength(int index) {
        return valueLengthAt(checkIndex(index));
    }

    /**
     * Offset of the parameter's first wire octet: the value for fixed parameters, the length octet for
     * variable ones, the name octet for optional ones.
     */
    public int wireOffset(int index) {
        int value = valueOffset(index);
        switch (parameterKind(index)) {
            case MANDATORY_VARIABLE:
                return value - 1;
            case OPTIONAL:
                return value - 2;
            default:
                return value;
        }
    }

    /** Index of the first mandatory variable parameter: parameters come fixed, then variable, then optional. */
    public int firstVariableIndex() {
        return structure.fixedCount();
    }

    /** Index of the first optional parameter; {@link #parameterCount()} when the message carries none. */
    public int firstOptionalIndex() {
        return structure.fixedCount() + structure.variableCount();
    }

    /** Index of the first parameter with this code, or -1 when the message has none. */
    public int indexOf(int code) {
        return nextIndexOf(code, 0);
    }

    /** Index of the next parameter with this code at or after {@code from}, or -1. */
    public int nextIndexOf(int code, int from) {
        for (int i = Math.max(from, 0); i < count; i++) {
            if (codeAt(i) == code) {
                return i;
            }
        }
        return -1;
    }

    /** True when the message type has an optional part and its pointer is non-zero. */
    public boolean hasOptionalParameters() {
        return optionalPartOffset >= 0;
    }

    /** True when the message type defines an optional part (whether or not this message uses it). */
    public boolean allowsOptionalPart() {
        return structure.hasOptionalPart();
    }

    /** Offset of the optional part pointer, -1 when the message type has none. */
    public int optionalPointerOffset() {
        return optionalPointerOffset;
    }

    /** Offset of the first optional parameter, -1 when there is no optional part. */
    public int optionalPartOffset() {
        return optionalPartOffset;
    }

    /** Offset of the first pointer (right after the fixed part). */
    public int pointerAreaOffset() {
        return IsupHeader.LENGTH + structure.fixedPartLength();
    }

    /** Mandatory variable parameters the message type defines. */
    public int variableCount() {
        return structure.variableCount();
    }

    /** Offset just past the last octet the structure accounts for (the end-of-optional octet included). */
    public int endOfParameters() {
        return endOfParameters;
    }

    /**
     * Octets after the structure's end. Q.763 leaves no room for them, yet real captures carry them (the
     * xdr_tester capture has two after every message); they are reported, not rejected; the rewriter
     * does not copy them.
     */
    public int trailingOctets() {
        return length - endOfParameters;
    }

    /**
     * The array holding the message's octets as read at the last {@link #wrap}: octet {@code i} of the message
     * (counted from the first CIC octet) at index {@code i}, with at least {@link #COPY_SLACK} octets of room
     * after the message. The typed views read it instead of the buffer. Overwritten by the next wrap; callers
     * must not write to it.
     */
    public byte[] octets() {
        return octets;
    }

    /*
     * Unchecked reads for the typed views of this package, which only pass indexes below parameterCount()
     * taken in the same wrap: the per-access range check is what the public accessors add on top.
     */

    /** Tracked slots the last walk found (bit s for slot s). */
    int slotsFound() {
        return slotsFound;
    }

    /** Index of the first optional parameter of a found slot. */
    int slotIndex(int slot) {
        return slotIndex[slot];
    }

    int codeAt(int index) {
        return (int) (entries[index] >>> 8) & 0xFF;
    }

    int valueOffsetAt(int index) {
        return (int) (entries[index] >>> 32);
    }

    int valueLengthAt(int index) {
        return (int) entries[index] & 0xFF;
    }

    private int checkIndex(int index) {
        if (index < 0 || index >= count) {
            throw new IndexOutOfBoundsException("parameter index: " + index + " (expected: 0.." + (count - 1) + ")");
        }
        return index;
    }
}
