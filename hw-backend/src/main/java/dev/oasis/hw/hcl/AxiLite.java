package dev.oasis.hw.hcl;

/**
 * The five channels of an AXI-Lite interface as streams: write address ({@code aw}: addr), write
 * data ({@code w}: data, strb), write response ({@code b}: resp), read address ({@code ar}: addr)
 * and read data ({@code r}: data, resp). Ports are named {@code s_axil_awaddr}, {@code
 * s_axil_awvalid}... in the order Corundum uses. Protection bits ({@code awprot}, {@code arprot})
 * are not part of the bundle: register maps here do not use them.
 */
public final class AxiLite {

  /** {@code resp} values. */
  public static final int RESP_OKAY = 0;

  public static final int RESP_SLVERR = 2;

  private final AxiLiteConfig config;
  private final Stream<Bundle> aw;
  private final Stream<Bundle> w;
  private final Stream<Bundle> b;
  private final Stream<Bundle> ar;
  private final Stream<Bundle> r;

  private AxiLite(
      AxiLiteConfig config,
      Stream<Bundle> aw,
      Stream<Bundle> w,
      Stream<Bundle> b,
      Stream<Bundle> ar,
      Stream<Bundle> r) {
    this.config = config;
    this.aw = aw;
    this.w = w;
    this.b = b;
    this.ar = ar;
    this.r = r;
  }

  /** The ports of an AXI-Lite slave ({@code s_axil} by convention). */
  public static AxiLite slave(Component c, String name, AxiLiteConfig config) {
    String p = name + "_";
    return new AxiLite(
        config,
        Stream.sink(c, p + "aw", address(config), StreamNaming.DEFAULT),
        Stream.sink(c, p + "w", writeData(config), StreamNaming.DEFAULT),
        Stream.source(c, p + "b", response(), StreamNaming.DEFAULT),
        Stream.sink(c, p + "ar", address(config), StreamNaming.DEFAULT),
        Stream.source(c, p + "r", readData(config), StreamNaming.DEFAULT));
  }

  private static DataType<Bundle> address(AxiLiteConfig config) {
    return Bundle.type(new Field("addr", HwType.uint(config.addressWidth())));
  }

  private static DataType<Bundle> writeData(AxiLiteConfig config) {
    return Bundle.type(
        new Field("data", HwType.bits(config.dataWidth())),
        new Field("strb", HwType.bits(config.strobeWidth())));
  }

  private static DataType<Bundle> response() {
    return Bundle.type(new Field("resp", HwType.bits(2)));
  }

  private static DataType<Bundle> readData(AxiLiteConfig config) {
    return Bundle.type(
        new Field("data", HwType.bits(config.dataWidth())), new Field("resp", HwType.bits(2)));
  }

  /**
   * Connects these slave ports of the parent to the AXI-Lite slave ports {@code childName_*} of the
   * child instance {@code child}.
   */
  public void connectTo(Instance child, String childName) {
    String p = childName + "_";
    child.feed(p + "aw", aw);
    child.feed(p + "w", w);
    child.drain(p + "b", b);
    child.feed(p + "ar", ar);
    child.drain(p + "r", r);
  }

  public AxiLiteConfig config() {
    return config;
  }

  /** Write address: {@code addr}. */
  public Stream<Bundle> aw() {
    return aw;
  }

  /** Write data: {@code data}, {@code strb}. */
  public Stream<Bundle> w() {
    return w;
  }

  /** Write response: {@code resp}. */
  public Stream<Bundle> b() {
    return b;
  }

  /** Read address: {@code addr}. */
  public Stream<Bundle> ar() {
    return ar;
  }

  /** Read data: {@code data}, {@code resp}. */
  public Stream<Bundle> r() {
    return r;
  }
}
