package org.callwall.gateway.pipeline;

import org.callwall.screening.PartyNumber;
import org.callwall.screening.ScreeningInput;

/**
 * A copy of what the audit and the metrics read of a call ({@link ScreeningInput}), for an outcome that
 * is reported after the IAM's buffer is gone. Reused: {@link #copy} overwrites it without allocating once
 * its digit buffers have grown to the numbers seen.
 */
final class CopiedCall implements ScreeningInput {

    private final StringBuilder association = new StringBuilder(16);
    private final CopiedNumber calling = new CopiedNumber();
    private final CopiedNumber called = new CopiedNumber();
    private final CopiedNumber generic = new CopiedNumber();
    private final CopiedNumber redirecting = new CopiedNumber();
    private int opc;
    private int cic;
    private int category;
    private long timeMillis;

    /** Copies {@code call}; {@code numbers} false keeps every number absent (the IAM did not decode). */
    CopiedCall copy(ScreeningInput call, CharSequence association, int opc, int cic, long timeMillis,
                    boolean numbers) {
        this.association.setLength(0);
        this.association.append(association);
        this.opc = opc;
        this.cic = cic;
        this.timeMillis = timeMillis;
        if (numbers) {
            this.category = call.callingPartyCategory();
            calling.copy(call.calling());
            called.copy(call.called());
            generic.copy(call.genericNumber());
            redirecting.copy(call.redirecting());
        } else {
            this.category = PartyNumber.NOT_CARRIED;
            calling.clear();
            called.clear();
            generic.clear();
            redirecting.clear();
        }
        return this;
    }

    @Override
    public CharSequence association() {
        return association;
    }

    @Override
    public int opc() {
        return opc;
    }

    @Override
    public int cic() {
        return cic;
    }

    @Override
    public PartyNumber calling() {
        return calling;
    }

    @Override
    public PartyNumber called() {
        return called;
    }

    @Override
    public PartyNumber genericNumber() {
        return generic;
    }

    @Override
    public PartyNumber redirecting() {
        return redirecting;
    }

    @Override
    public int callingPartyCategory() {
        return category;
    }

    @Override
    public long timeMillis() {
        return timeMillis;
    }

    /** One number, copied. */
    private static final class CopiedNumber implements PartyNumber {
        private final StringBuilder digits = new StringBuilder(24);
        private boolean present;
        private int nai;
        private int npi;
        private int presentation;
        private int screening;

        void copy(PartyNumber from) {
            digits.setLength(0);
            present = from.present();
            if (present) {
                digits.append(from.digits());
            }
            nai = from.nai();
            npi = from.npi();
            presentation = from.presentation();
            screening = from.screening();
        }

        void clear() {
            digits.setLength(0);
            present = false;
            nai = NOT_CARRIED;
            npi = NOT_CARRIED;
            presentation = NOT_CARRIED;
            screening = NOT_CARRIED;
        }

        @Override
        public boolean present() {
            return present;
        }

        @Override
        public CharSequence digits() {
            return digits;
        }

        @Override
        public int nai() {
            return nai;
        }

        @Override
        public int npi() {
            return npi;
        }

        @Override
        public int presentation() {
            return presentation;
        }

        @Override
        public int screening() {
            return screening;
        }
    }
}
