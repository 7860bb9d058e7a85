package org.callwall.gateway.audit;

/**
 * A bounded ring of bytes holding whole lines, each ended by {@code '\n'}: any number of threads offer,
 * one thread drains. Offering copies the line in under a lock held for that copy only; draining copies
 * the oldest whole lines out without holding it (writers only ever write into free space, never into
 * what waits to be drained), then frees their space. A line that does not fit in the free space is
 * refused, never waited for.
 */
final class LineRing {

    private final byte[] ring;
    /** Bytes ever offered and ever drained: both only grow; their difference is the fill. Guarded by this. */
    private long head;
    private long tail;

    LineRing(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("line ring capacity: " + capacity + " (expected: at least 1)");
        }
        this.ring = new byte[capacity];
    }

    /**
     * Copies {@code length} bytes of {@code line} and a {@code '\n'} into the ring; false when they do not
     * fit in the free space. The line itself must hold no {@code '\n'}.
     */
    synchronized boolean offer(byte[] line, int length) {
        long used = head - tail;
        if (length + 1L > ring.length - used) {
            return false;
        }
        int at = (int) (head % ring.length);
        int first = Math.min(length, ring.length - at);
        System.arraycopy(line, 0, ring, at, first);
        System.arraycopy(line, first, ring, 0, length - first);
        ring[(int) ((head + length) % ring.length)] = '\n';
        head += length + 1L;
        return true;
    }

    /**
     * Moves the oldest whole lines that fit into {@code out} (from 0) and frees their space; answers the
     * bytes moved, 0 when nothing waits or when the oldest line is longer than {@code out}.
     */
    int drainTo(byte[] out) {
        long from;
        long to;
        synchronized (this) {
            from = tail;
            to = head;
        }
        int n = (int) Math.min(to - from, out.length);
        if (n == 0) {
            return 0;
        }
        int at = (int) (from % ring.length);
        int first = Math.min(n, ring.length - at);
        System.arraycopy(ring, at, out, 0, first);
        System.arraycopy(ring, 0, out, first, n - first);
        while (n > 0 && out[n - 1] != '\n') {
            n--; // cut after the last whole line that fitted
        }
        synchronized (this) {
            tail = from + n;
        }
        return n;
    }

    /** Bytes waiting to be drained. */
    synchronized long waiting() {
        return head - tail;
    }
}
