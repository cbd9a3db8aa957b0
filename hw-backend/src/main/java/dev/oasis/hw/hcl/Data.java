package dev.oasis.hw.hcl;

import java.util.List;

/**
 * A structured hardware value made of named leaves: the payload of a {@link Stream} or {@link
 * Flow}. {@link Bundle}, {@link Fragment} and {@link AxisBeat} are the implementations here.
 */
public interface Data {

  /** The leaf values, in the order of the fields of the type. */
  List<Value> leaves();
}
