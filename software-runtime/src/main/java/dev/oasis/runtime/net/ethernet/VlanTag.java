package dev.oasis.runtime.net.ethernet;

/**
 * The tag control information of an IEEE 802.1Q VLAN tag.
 *
 * @param priority priority code point, 0..7
 * @param dropEligible the drop eligible indicator
 * @param vlanId VLAN identifier, 0..4095 (0 means priority-tagged, 4095 is reserved)
 */
public record VlanTag(int priority, boolean dropEligible, int vlanId) {

  /** Checks the ranges. */
  public VlanTag {
    if (priority < 0 || priority > 7) {
      throw new IllegalArgumentException(
          "vlan priority " + priority + " is out of range, expected 0..7");
    }
    if (vlanId < 0 || vlanId > 4095) {
      throw new IllegalArgumentException(
          "vlan id " + vlanId + " is out of range, expected 0..4095");
    }
  }

  /** Decodes the 16-bit tag control information. */
  public static VlanTag fromTci(int tci) {
    return new VlanTag((tci >>> 13) & 0x7, (tci & 0x1000) != 0, tci & 0xfff);
  }

  /** The 16-bit tag control information. */
  public int tci() {
    return (priority << 13) | (dropEligible ? 0x1000 : 0) | vlanId;
  }
}
