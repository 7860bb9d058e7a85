package org.callwall.benchmarks.report;

import java.util.List;

/**
 * One line of the published table: a callwall benchmark against the jSS7 benchmark doing the same work,
 * with the speed-up the issues ask for.
 *
 * @param label       what is compared, as the README names it
 * @param callwall    the callwall benchmark, {@code Class.method}
 * @param jss7        the jSS7 benchmark, {@code Class.method}
 * @param targetSpeedUp the least jSS7/callwall time ratio the issue asks for
 */
public record Comparison(String label, String callwall, String jss7, double targetSpeedUp) {

    /** The comparisons of issue 2 item 5 (targets: 20x and 0 B/op on callwall's side). */
    public static List<Comparison> published() {
        return List.of(
                new Comparison("IAM decode (screening fields)", "IamDecodeBenchmark.callwallDecode",
                        "IamDecodeBenchmark.jss7Decode", 20),
                new Comparison("REL encode vs jSS7 REL create+encode", "ReleaseEncodeBenchmark.callwallRelease",
                        "ReleaseEncodeBenchmark.jss7Release", 20),
                new Comparison("REL encode vs jSS7 decode+modify+encode", "ReleaseEncodeBenchmark.callwallRelease",
                        "DivertRewriteBenchmark.jss7Divert", 20),
                new Comparison("divert rewrite (decode+modify+encode)", "DivertRewriteBenchmark.callwallDivert",
                        "DivertRewriteBenchmark.jss7Divert", 20));
    }
}
