package org.callwall.screening;

/** A parameter the message does not carry. */
final class AbsentNumber implements PartyNumber {

    static final AbsentNumber INSTANCE = new AbsentNumber();

    private AbsentNumber() {
    }

    @Override
    public boolean present() {
        return false;
    }

    @Override
    public CharSequence digits() {
        return "";
    }

    @Override
    public int nai() {
        return NOT_CARRIED;
    }

    @Override
    public int npi() {
        return NOT_CARRIED;
    }

    @Override
    public int presentation() {
        return NOT_CARRIED;
    }

    @Override
    public int screening() {
        return NOT_CARRIED;
    }

    @Override
    public String toString() {
        return "absent";
    }
}
