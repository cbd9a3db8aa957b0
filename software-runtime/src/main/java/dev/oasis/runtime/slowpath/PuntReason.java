package dev.oasis.runtime.slowpath;

import java.util.Optional;

/**
 * The standard punt reason codes. The numbers are part of the Oasis standard library and of the
 * hardware contract and never change.
 *
 * <p>Codes 7..15 are reserved for future standard reasons; codes from {@link
 * #FIRST_PROGRAM_DEFINED} up to {@link #MAX_CODE} are defined by the program. Neither has a
 * standard handler.
 */
public enum PuntReason {
  /** 0: no reason given; delivered to the host port. */
  NONE(0),
  /** 1: an ARP packet for the appliance to answer. */
  ARP(1),
  /** 2: TTL expired in transit; the slow path sends ICMP time exceeded (type 11, code 0). */
  ICMP_TIME_EXCEEDED(2),
  /** 3: no route; the slow path sends ICMP destination unreachable, net (type 3, code 0). */
  ICMP_NET_UNREACHABLE(3),
  /**
   * 4: host unreachable; the slow path sends ICMP destination unreachable, host (type 3, code 1).
   */
  ICMP_HOST_UNREACHABLE(4),
  /**
   * 5: port unreachable; the slow path sends ICMP destination unreachable, port (type 3, code 3).
   */
  ICMP_PORT_UNREACHABLE(5),
  /** 6: an ICMP echo request to one of the appliance's addresses; the slow path replies. */
  ICMP_ECHO(6);

  /** The first code a program may define for itself. */
  public static final int FIRST_PROGRAM_DEFINED = 16;

  /** The largest code the 16-bit metadata field carries. */
  public static final int MAX_CODE = 0xffff;

  private final int code;

  PuntReason(int code) {
    this.code = code;
  }

  /** The wire code. */
  public int code() {
    return code;
  }

  /** The standard reason with this code, or empty for reserved and program-defined codes. */
  public static Optional<PuntReason> of(int code) {
    for (PuntReason reason : values()) {
      if (reason.code == code) {
        return Optional.of(reason);
      }
    }
    return Optional.empty();
  }

  /** Whether the code is program-defined (16..65535). */
  public static boolean isProgramDefined(int code) {
    return code >= FIRST_PROGRAM_DEFINED && code <= MAX_CODE;
  }

  /** Whether a standard handler exists for the code (1..6). */
  public static boolean hasStandardHandler(int code) {
    return code >= ARP.code && code <= ICMP_ECHO.code;
  }
}
