package dev.oasis.runtime.stack.tcp;

/**
 * A port that accepts connections ({@link TcpLayer#listen}). Connections it accepted live on when
 * it is closed.
 */
public final class TcpListener {

  private final TcpLayer layer;
  private final int port;
  private final TcpAcceptor acceptor;
  private final int backlog;
  private int halfOpen;
  private boolean closed;

  TcpListener(TcpLayer layer, int port, TcpAcceptor acceptor, int backlog) {
    this.layer = layer;
    this.port = port;
    this.acceptor = acceptor;
    this.backlog = backlog;
  }

  /** The port. */
  public int port() {
    return port;
  }

  TcpAcceptor acceptor() {
    return acceptor;
  }

  /** Connections still in the handshake (SYN_RECEIVED). */
  public int halfOpen() {
    return halfOpen;
  }

  boolean backlogFull() {
    return halfOpen >= backlog;
  }

  void enterBacklog() {
    halfOpen++;
  }

  void leaveBacklog() {
    halfOpen--;
  }

  /** Stops accepting: SYNs to the port are answered with a reset from now on. */
  public void close() {
    if (!closed) {
      closed = true;
      layer.unlisten(this);
    }
  }

  @Override
  public String toString() {
    return "TcpListener[port " + port + (closed ? ", closed" : "") + "]";
  }
}
