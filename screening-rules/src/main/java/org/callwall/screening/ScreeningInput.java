package org.callwall.screening;

/**
 * One call (an IAM) as the screening engine sees it. The gateway implements this over its ISUP
 * flyweights without copying; tools use {@link CallInput}.
 *
 * <p>The first three values resolve the ingress trunk group (association name, OPC, CIC); the rest feed
 * the conditions.
 */
public interface ScreeningInput {

    /** Name of the M3UA association the IAM arrived on, empty when unknown. */
    CharSequence association();

    int opc();

    int cic();

    PartyNumber calling();

    PartyNumber called();

    /** Generic number with qualifier "additional calling party number" (Q.763 §3.26). */
    PartyNumber genericNumber();

    /** Redirecting number (Q.763 §3.44). */
    PartyNumber redirecting();

    /** Calling party category code (Q.763 §3.11), {@link PartyNumber#NOT_CARRIED} when absent. */
    int callingPartyCategory();

    /** Time the call arrived, epoch milliseconds: drives expiry, time-of-day and velocity windows. */
    long timeMillis();

    /**
     * Whether this call was screened before and is screened again (an overlap call whose called number has
     * completed). Velocity counts each call once, when it is first screened: on a second screening velocity
     * conditions neither record the call nor hold.
     */
    default boolean screenedBefore() {
        return false;
    }
}
