package org.callwall.m3ua.node;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.sctp.SctpMessage;
import io.netty.channel.sctp.nio.NioSctpChannel;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.callwall.m3ua.codec.M3uaMessage;
import org.callwall.m3ua.codec.MessageType;
import org.callwall.m3ua.codec.TrafficMode;
import org.callwall.m3ua.testing.Hex;
import org.callwall.m3ua.transport.SctpSupport;
import org.callwall.m3ua.transport.Transport;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * ASP Up and ASP Active over a real SCTP association on loopback. Kernels without SCTP (containers,
 * CI runners without the sctp module) skip it with the reason; everything else about SCTP is tested
 * on EmbeddedChannel in {@link SctpMessageHandlingTest}.
 */
class SctpLoopbackTest {

    @Test
    void shouldAnswerAspUpAndAspActiveOverSctpOnStreamZeroWithPpid3() throws Exception {
        Optional<String> unavailable = SctpSupport.unavailableReason();
        Assumptions.assumeTrue(unavailable.isEmpty(), () -> unavailable.orElse(""));
        InetAddress lo = InetAddress.getLoopbackAddress();
        AssociationConfig sg = new AssociationConfig("sctp", Transport.SCTP, ConnectionMode.SERVER, Role.SG,
                Optional.of(new InetSocketAddress(lo, 0)), new InetSocketAddress(lo, 0), List.of(100),
                TrafficMode.LOADSHARE, "sctp", Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ZERO);
        BlockingQueue<SctpMessage> received = new LinkedBlockingQueue<>();
        MultiThreadIoEventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        try (M3uaNode node = new M3uaNode(new NodeConfig(List.of(sg), List.of()), TransferHandler.RELAY)) {
            node.start();
            Channel asp = new Bootstrap().group(group).channel(NioSctpChannel.class).handler(new ChannelInitializer<>() {
                @Override
                protected void initChannel(Channel ch) {
                    ch.pipeline().addLast(new SimpleChannelInboundHandler<SctpMessage>() {
                        @Override
                        protected void channelRead0(ChannelHandlerContext ctx, SctpMessage msg) {
                            received.add(msg.retain());
                        }
                    });
                }
            }).connect(node.boundAddress("sctp")).sync().channel();
            asp.writeAndFlush(new SctpMessage(3, 0, Hex.buf("0100030100000008"))).sync();
            SctpMessage ack = received.poll(5, TimeUnit.SECONDS);
            assertThat(ack).isNotNull();
            assertThat(ack.protocolIdentifier()).isEqualTo(3);
            assertThat(ack.streamIdentifier()).isZero();
            ByteBuf content = ack.content();
            assertThat(new M3uaMessage().wrap(content).messageType()).isEqualTo(MessageType.ASPUP_ACK);
            ack.release();
            asp.close().sync();
        } finally {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS).sync();
        }
    }
}
