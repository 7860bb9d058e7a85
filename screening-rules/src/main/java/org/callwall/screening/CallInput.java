package org.callwall.screening;

/**
 * A reusable {@link ScreeningInput} built field by field: what the command line, the replay reader and
 * tests screen. The gateway itself screens views over the IAM instead.
 */
public final class CallInput implements ScreeningInput {

    private final Number calling = new Number();
    private final Number called = new Number();
    private final Number genericNumber = new Number();
    private final Number redirecting = new Number();
    private String association = "";
    private int opc;
    private int cic;
    private int callingPartyCategory = PartyNumber.NOT_CARRIED;
    private long timeMillis;
    private boolean screenedBefore;

    /** Forgets every value, so that one instance can screen a stream of calls. */
    public CallInput clear() {
        calling.clear();
        called.clear();
        genericNumber.clear();
        redirecting.clear();
        association = "";
        opc = 0;
        cic = 0;
        callingPartyCategory = PartyNumber.NOT_CARRIED;
        timeMillis = 0;
        screenedBefore = false;
        return this;
    }

    public CallInput ingress(String association, int opc, int cic) {
        this.association = association;
        this.opc = opc;
        this.cic = cic;
        return this;
    }

    public CallInput callingPartyCategory(int code) {
        this.callingPartyCategory = code;
        return this;
    }

    public CallInput timeMillis(long timeMillis) {
        this.timeMillis = timeMillis;
        return this;
    }

    /** The calling number, to fill in; absent until {@link Number#set} is called. */
    public Number callingNumber() {
        return calling;
    }

    public Number calledNumber() {
        return called;
    }

    public Number genericNumberValue() {
        return genericNumber;
    }

    public Number redirectingNumber() {
        return redirecting;
    }

    /** Marks the call as screened before (see {@link ScreeningInput#screenedBefore()}). */
    public CallInput screenedBefore(boolean before) {
        this.screenedBefore = before;
        return this;
    }

    @Override
    public boolean screenedBefore() {
        return screenedBefore;
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
        return genericNumber;
    }

    @Override
    public PartyNumber redirecting() {
        return redirecting;
    }

    @Override
    public int callingPartyCategory() {
        return callingPartyCategory;
    }

    @Override
    public long timeMillis() {
        return timeMillis;
    }

    @Override
    public String toString() {
        return "call association=" + association + " opc=" + opc + " cic=" + cic + " calling=" + calling
                + " called=" + called + " cpc=" + callingPartyCategory + " time=" + timeMillis;
    }

    /** A number of a {@link CallInput}: absent until set. */
    public static final class Number implements PartyNumber {
        private boolean present;
        private String digits = "";
        private int nai = NOT_CARRIED;
        private int npi = NOT_CARRIED;
        private int presentation = NOT_CARRIED;
        private int screening = NOT_CARRIED;

        /** Makes the number present with these digits and nature of address, ISDN plan. */
        public Number set(String digits, int nai) {
            this.present = true;
            this.digits = digits;
            this.nai = nai;
            this.npi = 1;
            return this;
        }

        public Number npi(int npi) {
            this.npi = npi;
            return this;
        }

        public Number presentation(int presentation) {
            this.presentation = presentation;
            return this;
        }

        public Number screening(int screening) {
            this.screening = screening;
            return this;
        }

        public Number clear() {
            present = false;
            digits = "";
            nai = NOT_CARRIED;
            npi = NOT_CARRIED;
            presentation = NOT_CARRIED;
            screening = NOT_CARRIED;
            return this;
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

        @Override
        public String toString() {
            return present ? digits + "(nai " + nai + ")" : "absent";
        }
    }
}
