package dev.oasis.runtime.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * tshark's reading of a capture file: one entry per record, taken from its JSON output with the raw
 * frame bytes. Records that are not packets (pcapng custom or journal blocks, which tshark also
 * lists) have no encapsulation type.
 */
final class Tshark {

  /**
   * One record as tshark reports it.
   *
   * @param interfaceId frame.interface_id; 0 when absent (classic pcap)
   * @param interfaceName frame.interface_name, or {@code null} when absent
   * @param timestampNanos frame.time_epoch in nanoseconds, or {@code null} when the record has no
   *     time (a pcapng Simple Packet Block)
   * @param encapType frame.encap_type (1 is Ethernet), or {@code null} for a record that is not a
   *     packet
   */
  record Record(
      int interfaceId,
      String interfaceName,
      Long timestampNanos,
      int length,
      int capturedLength,
      Integer encapType,
      byte[] data) {

    boolean isPacket() {
      return encapType != null;
    }

    boolean isEthernet() {
      return encapType != null && encapType == 1;
    }
  }

  /** Every record, how tshark exited and what it complained about. */
  record Reading(List<Record> records, int exitCode, String stderr) {

    List<Record> packets() {
      return records.stream().filter(Record::isPacket).toList();
    }
  }

  private static final Pattern RAW = Pattern.compile("\"frame_raw\": \\[\\s*\"([0-9a-f]*)\"");
  private static final Pattern STRING_FIELD =
      Pattern.compile("\"(frame\\.[a-z_]+)\": \"([^\"]*)\"");

  private Tshark() {}

  static void assumeInstalled() {
    ExternalTool.assumeInstalled("tshark", "tshark");
  }

  /** Reads a capture with tshark; skips the test when tshark is not installed. */
  static Reading read(Path capture) throws IOException, InterruptedException {
    assumeInstalled();
    ExternalTool.Result result =
        ExternalTool.run(
            List.of("tshark", "-n", "-r", capture.toString(), "-T", "json", "-x", "-J", "frame"));
    List<Record> records = new ArrayList<>();
    String[] packets = result.stdout().split("\"_index\":");
    for (int i = 1; i < packets.length; i++) {
      records.add(parse(packets[i]));
    }
    return new Reading(records, result.exitCode(), result.stderr());
  }

  private static Record parse(String packet) {
    Matcher raw = RAW.matcher(packet);
    assertThat(raw.find()).as("frame_raw in tshark output %s", packet).isTrue();
    Integer interfaceId = null;
    String interfaceName = null;
    Long timestamp = null;
    Integer length = null;
    Integer capturedLength = null;
    Integer encapType = null;
    Matcher field = STRING_FIELD.matcher(packet);
    while (field.find()) {
      String value = field.group(2);
      switch (field.group(1)) {
        case "frame.interface_id" -> interfaceId = Integer.valueOf(value);
        case "frame.interface_name" -> interfaceName = value;
        case "frame.time_epoch" -> timestamp = epochNanos(value);
        case "frame.len" -> length = Integer.valueOf(value);
        case "frame.cap_len" -> capturedLength = Integer.valueOf(value);
        case "frame.encap_type" -> encapType = Integer.valueOf(value);
        default -> {}
      }
    }
    assertThat(length).as("frame.len in %s", packet).isNotNull();
    return new Record(
        interfaceId == null ? 0 : interfaceId,
        interfaceName,
        timestamp,
        length,
        capturedLength,
        encapType,
        HexFormat.of().parseHex(raw.group(1)));
  }

  /** "1340954905.298858000" as nanoseconds, exactly. */
  static long epochNanos(String epoch) {
    return new BigDecimal(epoch).movePointRight(9).longValueExact();
  }

  /** The frame Oasis should read for a packet record of tshark's. */
  static CapturedFrame expectedFrame(Record packet) {
    return new CapturedFrame(
        packet.interfaceId(),
        packet.timestampNanos() == null ? 0 : packet.timestampNanos(),
        packet.data(),
        packet.length());
  }
}
