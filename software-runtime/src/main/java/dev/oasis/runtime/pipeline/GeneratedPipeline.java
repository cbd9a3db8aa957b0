package dev.oasis.runtime.pipeline;

import dev.oasis.compiler.interp.DropReason;
import dev.oasis.compiler.ir.Decls;
import dev.oasis.compiler.ir.IrProgram;
import java.util.Arrays;

/**
 * The base class of every generated pipeline: the per-packet steps that do not depend on the
 * program (the port and size checks, resetting the packet's headers, dropping on a parse error,
 * turning the decision into a {@link PacketOutput}, appending the payload) around the three methods
 * a generated class provides, {@link #parse}, {@link #control} and {@link #emitHeaders}.
 *
 * <h2>Header storage</h2>
 *
 * Every header instance (every element of a stack) owns a fixed region of {@link #h}, laid out as
 * its header type's fields packed most significant bit first, with each variable field given its
 * largest size and starting on a byte boundary; {@link #varLen} holds the current length of each
 * variable field. {@link #valid} is the validity bit of each element and {@link #written} whether
 * its region holds this packet's data (a region not written this packet reads as zero when the
 * header is made valid, because a header never extracted has all-zero fields).
 *
 * <p>Extraction reads into the scratch region {@link #x} ({@link #xLen} for variable lengths) and
 * copies into the element only when the whole header was read, so a failed extract leaves the
 * element's earlier contents alone. {@link #y} is scratch space for emitting one header.
 */
public abstract class GeneratedPipeline implements CompiledPipeline {
  /** Decision kinds; the last decision executed wins. */
  protected static final int NONE = 0;

  protected static final int FORWARD = 1;
  protected static final int DROP = 2;
  protected static final int PUNT = 3;
  protected static final int BROADCAST = 4;
  protected static final int MULTICAST = 5;

  private final IrProgram program;
  private final PipelineState state;
  private final int ports;
  private final int maxFrame;
  private final boolean dropOnParseError;
  private final int maxHeaderBytes;

  protected final byte[] h;
  protected final boolean[] valid;
  protected final boolean[] written;
  protected final int[] varLen;
  protected final byte[] x;
  protected final int[] xLen;
  protected final byte[] y;

  // The packet being processed.
  protected byte[] frame;
  protected int length;
  protected int ingressPort;
  protected long timestamp;
  protected int position;
  protected int parseError;
  protected boolean discardPayload;
  protected int decision;
  protected long operand;
  protected long operandHi;

  /**
   * @param storageBytes the size of the header storage
   * @param elements header elements (a single header is one, a stack of N is N)
   * @param varFields variable fields over all elements
   * @param scratchBytes the largest storage of one header
   * @param scratchVars the most variable fields of one header
   * @param maxHeaderBytes the most bytes the deparser can emit before the payload
   */
  protected GeneratedPipeline(
      IrProgram program,
      PipelineState state,
      int storageBytes,
      int elements,
      int varFields,
      int scratchBytes,
      int scratchVars,
      int maxHeaderBytes) {
    if (state.program() != program) {
      throw new IllegalArgumentException(
          "the state is of program '" + state.program().name() + "', not '" + program.name() + "'");
    }
    Decls.Config config = program.config();
    this.program = program;
    this.state = state;
    this.ports = config.ports();
    this.maxFrame = config.maxFrame();
    this.dropOnParseError = config.dropOnParseError();
    this.maxHeaderBytes = maxHeaderBytes;
    this.h = new byte[storageBytes];
    this.valid = new boolean[elements];
    this.written = new boolean[elements];
    this.varLen = new int[varFields];
    this.x = new byte[scratchBytes];
    this.xLen = new int[scratchVars];
    this.y = new byte[scratchBytes];
  }

  @Override
  public final IrProgram program() {
    return program;
  }

  @Override
  public final PipelineState state() {
    return state;
  }

  @Override
  public final void process(
      byte[] frame, int length, int ingressPort, long timestampNanos, PacketOutput out) {
    if (ingressPort < 0 || ingressPort >= ports) {
      throw new IllegalArgumentException(
          "ingress port "
              + ingressPort
              + " is out of range; the program has "
              + ports
              + " port(s) (0 to "
              + (ports - 1)
              + ")");
    }
    if (length < 0 || length > frame.length) {
      throw new IllegalArgumentException(
          "frame length " + length + " is out of range; expected 0 to " + frame.length);
    }
    try {
      run(frame, length, ingressPort, timestampNanos, out);
    } finally {
      state.packetProcessed(timestampNanos);
    }
  }

  private void run(
      byte[] frame, int length, int ingressPort, long timestampNanos, PacketOutput out) {
    if (length > maxFrame) {
      out.drop(DropReason.OVERSIZE, 0);
      return;
    }
    this.frame = frame;
    this.length = length;
    this.ingressPort = ingressPort;
    this.timestamp = timestampNanos;
    position = 0;
    parseError = 0;
    discardPayload = false;
    decision = NONE;
    operand = 0;
    operandHi = 0;
    Arrays.fill(valid, false);
    Arrays.fill(written, false);
    resetMetadata();

    int error = parse();
    parseError = error;
    if (error != 0 && dropOnParseError) {
      out.drop(DropReason.PARSE_ERROR, error);
      return;
    }

    control();
    decide(out, error);
  }

  private void decide(PacketOutput out, int error) {
    switch (decision) {
      case NONE -> out.drop(DropReason.NO_DECISION, error);
      case DROP -> out.drop(DropReason.EXPLICIT, error);
      case PUNT -> out.punt((int) operand, deparse(out), error);
      case FORWARD -> {
        if (Long.compareUnsigned(operand, ports) >= 0) {
          out.drop(DropReason.BAD_PORT, error);
        } else {
          out.forward(deparse(out), error, ports);
          out.addPort((int) operand);
        }
      }
      default -> {
        out.forward(deparse(out), error, ports);
        for (int p = 0; p < ports; p++) {
          if (decision == BROADCAST ? p != ingressPort : bitmapHas(p)) {
            out.addPort(p);
          }
        }
      }
    }
  }

  private boolean bitmapHas(int port) {
    if (port < 64) {
      return ((operand >>> port) & 1) != 0;
    }
    return port < 128 && ((operandHi >>> (port - 64)) & 1) != 0;
  }

  /** The outgoing frame: the emitted headers, then the payload unless discarded. */
  private int deparse(PacketOutput out) {
    byte[] buffer = out.frameBuffer(maxHeaderBytes + length);
    int at = emitHeaders(buffer);
    if (!discardPayload) {
      int from = payloadStart();
      System.arraycopy(frame, from, buffer, at, length - from);
      at += length - from;
    }
    return at;
  }

  /** Zeroes the metadata of the packet. */
  protected abstract void resetMetadata();

  /** Runs the parser; returns 0 or the parse-error code. */
  protected abstract int parse();

  /** Runs the control. */
  protected abstract void control();

  /** Writes the valid headers in emit order to {@code out}; returns the bytes written. */
  protected abstract int emitHeaders(byte[] out);

  // ---------------------------------------------------------------------------------------------
  // Helpers for generated code

  /** Where the payload starts: the parser's final position. */
  protected final int payloadStart() {
    return Math.min(position, length);
  }

  /** True if the frame holds {@code bits} more bits after the parser's position. */
  protected final boolean available(int bits) {
    return (long) position * 8 + bits <= (long) length * 8;
  }

  /** The valid element of a stack with the highest index (an element id), or -1. */
  protected final int last(int first, int size) {
    for (int e = first + size - 1; e >= first; e--) {
      if (valid[e]) {
        return e;
      }
    }
    return -1;
  }

  /** The element after the last valid one of a stack (an element id), or -1 if it is full. */
  protected final int nextFree(int first, int size) {
    int next = first;
    for (int e = first; e < first + size; e++) {
      if (valid[e]) {
        next = e + 1;
      }
    }
    return next == first + size ? -1 : next;
  }

  /**
   * Before element {@code e} is made valid: if its region was not written this packet, zeroes it
   * and its variable lengths, as a header never extracted has all-zero fields.
   */
  protected final void touch(int e, int base, int bytes, int firstVar, int vars) {
    if (!written[e]) {
      Arrays.fill(h, base, base + bytes, (byte) 0);
      Arrays.fill(varLen, firstVar, firstVar + vars, 0);
      written[e] = true;
    }
  }

  /** Adds the payload to a running checksum. */
  protected final long csumPayload(long sum) {
    int from = payloadStart();
    return Csum.addBytes(sum, frame, from, length - from);
  }
}
