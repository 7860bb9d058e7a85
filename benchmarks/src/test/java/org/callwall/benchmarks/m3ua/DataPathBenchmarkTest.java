package org.callwall.benchmarks.m3ua;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.List;
import org.callwall.isup.IsupVariant;
import org.callwall.isup.message.IamMessage;
import org.callwall.m3ua.codec.M3uaMessage;
import org.callwall.m3ua.codec.MessageClass;
import org.callwall.m3ua.codec.MessageType;
import org.callwall.m3ua.codec.ParameterTag;
import org.callwall.m3ua.node.AssociationCounters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DataPathBenchmarkTest {

    @Test
    void shouldCarryLoadgensIamWithTheMixRowsNumbersOnTheCic() {
        byte[] isup = DataSample.IAM.isup(DataPathBenchmark.CIC);
        IamMessage iam = new IamMessage(IsupVariant.ITU).wrap(Unpooled.wrappedBuffer(isup), 0, isup.length);

        assertThat(iam.cic()).isEqualTo(DataPathBenchmark.CIC);
        assertThat(iam.calledPartyNumber().digits().toString()).isEqualTo("13812345678");
        assertThat(iam.calledPartyNumber().natureOfAddress()).isEqualTo(3);
        assertThat(iam.callingPartyNumber().digits().toString()).isEqualTo("13912345678");
        assertThat(iam.callingPartyNumber().natureOfAddress()).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(DataSample.class)
    void shouldValidateAndReadTheLabelOfEachSample(DataSample sample) {
        DataPathBenchmark benchmark = benchmark(sample);
        try {
            long label = benchmark.validate();

            assertThat(label).isEqualTo(sample.dpc + sample.opc + DataSample.SI_ISUP + (DataPathBenchmark.CIC & 0x0F)
                    + sample.isup(DataPathBenchmark.CIC).length);
        } finally {
            benchmark.tearDown();
        }
    }

    @ParameterizedTest
    @EnumSource(DataSample.class)
    void shouldRelayEachReadToTheEgressWithItsRoutingContextAndTheSameProtocolData(DataSample sample) {
        try (RelayNode relay = new RelayNode()) {
            byte[] octets = sample.data(DataPathBenchmark.CIC);
            String ingress = sample == DataSample.IAM ? RelayNode.ORIGINATING : RelayNode.TERMINATING;
            AssociationCounters counters = relay.association(ingress).counters();
            long managementSent = counters.messagesOut(MessageClass.MGMT);
            List<byte[]> sent = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                ByteBuf frame = Unpooled.directBuffer().writeBytes(octets);
                RelayNode.read(relay.ingress(sample), frame);
                assertThat(frame.refCnt()).isZero();
                for (ByteBuf out = relay.egress(sample).readOutbound(); out != null;
                     out = relay.egress(sample).readOutbound()) {
                    sent.add(ByteBufUtil.getBytes(out));
                    out.release();
                }
            }

            assertThat(sent).hasSize(3);
            M3uaMessage in = new M3uaMessage().wrap(Unpooled.wrappedBuffer(octets));
            int egressRc = sample == DataSample.IAM ? DataSample.SampleOctets.TERMINATING_RC
                    : DataSample.SampleOctets.ORIGINATING_RC;
            for (byte[] out : sent) {
                M3uaMessage m = new M3uaMessage().wrap(Unpooled.wrappedBuffer(out));
                assertThat(m.messageType()).isEqualTo(MessageType.DATA);
                assertThat(m.u32(ParameterTag.ROUTING_CONTEXT, -1)).isEqualTo(egressRc);
                assertThat(protocolDataParameter(m)).isEqualTo(protocolDataParameter(in));
            }
            assertThat(counters.messagesIn(MessageClass.TRANSFER)).isEqualTo(3);
            assertThat(counters.messagesOut(MessageClass.MGMT)).as("no ERR answered").isEqualTo(managementSent);
        }
    }

    @ParameterizedTest
    @EnumSource(DataSample.class)
    void shouldSendOneDataPerReceive(DataSample sample) {
        DataPathBenchmark benchmark = benchmark(sample);
        try {
            int first = benchmark.receive();
            int second = benchmark.receive();

            assertThat(first).isEqualTo(sample.data(DataPathBenchmark.CIC).length);
            assertThat(second).isEqualTo(first);
        } finally {
            benchmark.tearDown();
        }
    }

    private static DataPathBenchmark benchmark(DataSample sample) {
        DataPathBenchmark benchmark = new DataPathBenchmark();
        benchmark.sample = sample;
        benchmark.setUp();
        return benchmark;
    }

    private static byte[] protocolDataParameter(M3uaMessage m) {
        int at = m.find(ParameterTag.PROTOCOL_DATA);
        return ByteBufUtil.getBytes(m.buffer(), at, m.end() - at);
    }
}
