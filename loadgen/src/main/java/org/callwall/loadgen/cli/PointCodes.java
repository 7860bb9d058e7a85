package org.callwall.loadgen.cli;

/** Reads an ITU point code written as a plain number or as zone-area-signalling point (3-8-3). */
final class PointCodes {

    private PointCodes() {
    }

    static long parse(String text) {
        String[] parts = text.split("-", -1);
        if (parts.length == 1 && text.matches("[0-9]{1,8}")) {
            return Long.parseLong(text);
        }
        if (parts.length == 3 && text.matches("[0-9]{1,3}-[0-9]{1,3}-[0-9]{1,3}")) {
            int zone = Integer.parseInt(parts[0]);
            int area = Integer.parseInt(parts[1]);
            int sp = Integer.parseInt(parts[2]);
            if (zone <= 7 && area <= 255 && sp <= 7) {
                return (long) zone << 11 | area << 3 | sp;
            }
        }
        throw new IllegalArgumentException("point code: " + text + " (expected: a number or ITU 3-8-3 such as 2-100-1)");
    }
}
