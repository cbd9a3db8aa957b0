package dev.oasis.runtime.control;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.ReferenceCountUtil;
import java.util.List;

/**
 * Aggregates a request and its body up to a limit; a larger body (announced by its length, sent in
 * chunks, or asked for with {@code Expect: 100-continue}) is answered with 413 and the usual JSON
 * errors, and the connection is closed.
 */
final class BodyLimitAggregator extends HttpObjectAggregator {
  private final int limit;

  BodyLimitAggregator(int limit) {
    super(limit, true);
    this.limit = limit;
  }

  @Override
  protected void handleOversizedMessage(ChannelHandlerContext ctx, HttpMessage oversized) {
    // The aggregator releases the oversized message itself.
    ctx.writeAndFlush(tooLarge()).addListener(ChannelFutureListener.CLOSE);
  }

  @Override
  protected Object newContinueResponse(
      HttpMessage start, int maxContentLength, ChannelPipeline pipeline) {
    Object answer = super.newContinueResponse(start, maxContentLength, pipeline);
    if (answer instanceof FullHttpResponse r
        && r.status().code() == HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE.code()) {
      ReferenceCountUtil.release(r);
      return tooLarge();
    }
    return answer;
  }

  private FullHttpResponse tooLarge() {
    ApiResponse body =
        ApiResponse.errors(
            413,
            List.of(
                "the request body is larger than "
                    + limit
                    + " bytes, the most the control API takes"));
    FullHttpResponse r =
        new DefaultFullHttpResponse(
            HttpVersion.HTTP_1_1,
            HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE,
            Unpooled.wrappedBuffer(body.body()));
    r.headers().set(HttpHeaderNames.CONTENT_TYPE, body.contentType());
    r.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, body.body().length);
    r.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
    return r;
  }
}
