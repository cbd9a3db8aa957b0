package dev.oasis.runtime.control;

import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.timeout.IdleStateEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns aggregated HTTP requests into calls of the {@link ControlApi} and writes its answers in the
 * order of the requests (HTTP/1.1 pipelining), even when a later answer is ready first; a
 * connection stops reading while a request is in flight. A request Netty could not decode is
 * answered with 400 and the connection closed; idle connections are closed.
 */
final class HttpApiHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
  private static final Logger LOG = LoggerFactory.getLogger(HttpApiHandler.class);

  private final ControlApi api;

  /** Completes when the answer to the latest request has been written (event loop only). */
  private CompletableFuture<Void> answered = CompletableFuture.completedFuture(null);

  HttpApiHandler(ControlApi api) {
    this.api = api;
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
    if (!request.decoderResult().isSuccess()) {
      Throwable cause = request.decoderResult().cause();
      String why = cause == null || cause.getMessage() == null ? "" : ": " + cause.getMessage();
      write(ctx, ApiResponse.errors(400, List.of("malformed HTTP request" + why)), false);
      return;
    }
    boolean keepAlive = HttpUtil.isKeepAlive(request);
    List<String> segments;
    try {
      segments = segments(request.uri());
    } catch (IllegalArgumentException e) {
      write(
          ctx,
          ApiResponse.errors(
              400, List.of("malformed URI '" + request.uri() + "': " + e.getMessage())),
          keepAlive);
      return;
    }
    byte[] body = ByteBufUtil.getBytes(request.content());
    ctx.channel().config().setAutoRead(false);
    CompletableFuture<ApiResponse> answer =
        api.handle(request.method().name(), segments, body)
            .handle((r, error) -> error == null ? r : OperationRunner.failure(error));
    // Answers leave in the order the requests came, even when a later one is ready first.
    answered =
        answered
            .thenCompose(done -> answer)
            .thenAcceptAsync(
                r -> {
                  write(ctx, r, keepAlive);
                  ctx.channel().config().setAutoRead(true);
                },
                ctx.executor())
            .exceptionally(
                e -> {
                  LOG.debug("control answer not written: {}", e.toString());
                  ctx.close();
                  return null;
                });
  }

  /** The decoded, non-empty segments of the URI's path; the query is ignored. */
  static List<String> segments(String uri) {
    String rawPath = new QueryStringDecoder(uri).rawPath();
    List<String> out = new ArrayList<>();
    for (String raw : rawPath.split("/")) {
      if (!raw.isEmpty()) {
        out.add(QueryStringDecoder.decodeComponent(raw));
      }
    }
    return out;
  }

  private static void write(ChannelHandlerContext ctx, ApiResponse r, boolean keepAlive) {
    FullHttpResponse response =
        new DefaultFullHttpResponse(
            HttpVersion.HTTP_1_1,
            HttpResponseStatus.valueOf(r.status()),
            Unpooled.wrappedBuffer(r.body()));
    response.headers().set(HttpHeaderNames.CONTENT_TYPE, r.contentType());
    response.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, r.body().length);
    if (r.allow() != null) {
      response.headers().set(HttpHeaderNames.ALLOW, r.allow());
    }
    if (keepAlive) {
      response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
      ctx.writeAndFlush(response);
    } else {
      response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
      ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
    }
  }

  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
    if (event instanceof IdleStateEvent) {
      ctx.close();
      return;
    }
    super.userEventTriggered(ctx, event);
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    LOG.debug(
        "control connection from {} failed: {}", ctx.channel().remoteAddress(), cause.toString());
    ctx.close();
  }
}
