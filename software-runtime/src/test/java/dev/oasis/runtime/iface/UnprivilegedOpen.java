package dev.oasis.runtime.iface;

/**
 * Run in a child JVM without capabilities by {@link UnprivilegedTest}: tries to open a TAP and an
 * AF_PACKET interface and prints each exception's class and message on a line.
 */
final class UnprivilegedOpen {

  private UnprivilegedOpen() {}

  public static void main(String[] args) {
    try (TapInterface tap = TapInterface.open(args[0], 0)) {
      System.out.println("tap opened");
    } catch (Exception e) {
      System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage());
    }
    try (AfPacketInterface iface = AfPacketInterface.open("lo", 0)) {
      System.out.println("af_packet opened");
    } catch (Exception e) {
      System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }
}
