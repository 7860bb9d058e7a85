package org.callwall.isup.message;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.lang.management.ManagementFactory;
import org.callwall.isup.Fixtures;
import org.callwall.isup.IsupVariant;
import org.callwall.isup.encode.IamEdits;
import org.callwall.isup.encode.IamRewriter;
import org.callwall.isup.encode.ReleaseEncoder;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The decode path, the REL encoder and the rewriter allocate nothing once warm, counted with the JVM's
 * per-thread allocation counter (a byte count, not a timing).
 */
class AllocationTest {
    private static final int ROUNDS = 20_000;

    private static long allocatedBytes() {
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Assumptions.assumeTrue(threads instanceof com.sun.management.ThreadMXBean,
                "this JVM does not count allocated bytes per thread");
        return ((com.sun.management.ThreadMXBean) threads).getThreadAllocatedBytes(Thread.currentThread().getId());
    }

    @Test
    void shouldDecodeScreeningFieldsRewriteAndReleaseWithoutAllocating() {
        ByteBuf in = Unpooled.directBuffer(128).writeBytes(Fixtures.bytes("iam/tcpdump-frame1"));
        ByteBuf out = Unpooled.directBuffer(256);
        IamMessage iam = new IamMessage(IsupVariant.ITU);
        IamEdits edits = new IamEdits();
        IamRewriter rewriter = new IamRewriter();
        long sink = 0;
        for (int i = 0; i < ROUNDS; i++) {
            sink += round(in, out, iam, edits, rewriter);
        }
        long before = allocatedBytes();
        for (int i = 0; i < ROUNDS; i++) {
            sink += round(in, out, iam, edits, rewriter);
        }
        long allocated = allocatedBytes() - before;

        // surefire keeps this line in target/surefire-reports/...AllocationTest-output.txt
        System.out.println("allocated " + allocated + " bytes in " + ROUNDS + " rounds of IAM decode + divert rewrite + REL");
        assertThat(sink).isPositive();
        // the counter itself may cost a few hundred bytes; one allocation per round would be > 320 KB
        assertThat(allocated).isLessThan(4096);
    }

    private static long round(ByteBuf in, ByteBuf out, IamMessage iam, IamEdits edits, IamRewriter rewriter) {
        iam.wrap(in, 0, in.readableBytes());
        long sum = iam.cic() + iam.callingPartyCategory() + iam.calledPartyNumber().natureOfAddress()
                + iam.callingPartyNumber().presentation() + iam.callingPartyNumber().screening()
                + iam.callingPartyNumber().digits().length() + iam.callingPartyNumber().digits().charAt(0)
                + (iam.callingPartyNumber().digits().startsWith("3933") ? 1 : 0)
                + (iam.calledPartyNumber().digits().contentEquals("4891F") ? 1 : 0);
        out.clear();
        edits.clear().prefixCalledDigits("99").originalCalledNumber(iam.calledPartyNumber().digits(), 3, 1, 0)
                .redirectionInformation(3, 0, 1, 3);
        sum += rewriter.rewrite(iam.message(), edits, out);
        out.clear();
        sum += ReleaseEncoder.write(out, IsupVariant.ITU, iam.cic(), 0, 0, 21);
        return sum;
    }
}
