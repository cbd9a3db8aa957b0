package dev.oasis.runtime.net.dns;

import dev.oasis.runtime.net.Bytes;
import dev.oasis.runtime.net.Ipv4Address;
import dev.oasis.runtime.net.ParseError;
import dev.oasis.runtime.net.ParseResult;
import dev.oasis.runtime.net.WireField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A DNS message: id, flags and the four sections. The header counts are derived from the lists.
 *
 * @param id transaction id, 0..65535
 * @param flags the 16 flag bits (see {@link DnsWire})
 * @param questions the question section
 * @param answers the answer section
 * @param authorities the authority section
 * @param additionals the additional section
 */
public record DnsMessage(
    int id,
    int flags,
    List<DnsQuestion> questions,
    List<DnsResourceRecord> answers,
    List<DnsResourceRecord> authorities,
    List<DnsResourceRecord> additionals) {

  /** Copies the lists and checks that the id, flags and counts fit 16 bits. */
  public DnsMessage {
    questions = List.copyOf(questions);
    answers = List.copyOf(answers);
    authorities = List.copyOf(authorities);
    additionals = List.copyOf(additionals);
    new DnsHeader(
        id, flags, questions.size(), answers.size(), authorities.size(), additionals.size());
  }

  /** A standard query with recursion desired for the A records of {@code name}. */
  public static DnsMessage queryA(int id, DnsName name) {
    return new DnsMessage(
        id,
        DnsWire.FLAG_RECURSION_DESIRED,
        List.of(DnsQuestion.a(name)),
        List.of(),
        List.of(),
        List.of());
  }

  /**
   * Parses the message that fills {@code length} bytes at {@code offset} (the UDP data). Error
   * offsets count from the start of the message; fields are named by section and position, e.g.
   * {@code "answer 2 data length"}. Bytes after the last record are ignored.
   */
  public static ParseResult<DnsMessage> parse(byte[] buffer, int offset, int length) {
    ParseResult<DnsHeader> parsedHeader = DnsHeader.parse(buffer, offset, length);
    if (parsedHeader instanceof ParseResult.Failed<DnsHeader> failed) {
      return failed.cast();
    }
    DnsHeader header = parsedHeader.value();
    Sections sections = new Sections(buffer, offset, length);
    ParseError error = sections.readQuestions(header.questionCount());
    if (error == null) {
      error = sections.readRecords("answer", header.answerCount(), sections.answers);
    }
    if (error == null) {
      error = sections.readRecords("authority", header.authorityCount(), sections.authorities);
    }
    if (error == null) {
      error = sections.readRecords("additional", header.additionalCount(), sections.additionals);
    }
    if (error != null) {
      return ParseResult.failed(error);
    }
    return ParseResult.ok(
        new DnsMessage(
            header.id(),
            header.flags(),
            sections.questions,
            sections.answers,
            sections.authorities,
            sections.additionals));
  }

  /** The header, counts taken from the sections. */
  public DnsHeader header() {
    return new DnsHeader(
        id, flags, questions.size(), answers.size(), authorities.size(), additionals.size());
  }

  /**
   * The authoritative answer to this query giving {@code address} for its first question's name:
   * same id, opcode, recursion desired bit and question; QR and AA set; response code 0; one A
   * record with {@code ttl}.
   *
   * @throws IllegalStateException if this message is a response or has no question
   */
  public DnsMessage answerA(Ipv4Address address, long ttl) {
    if (header().isResponse() || questions.isEmpty()) {
      throw new IllegalStateException(
          "dns message " + id + " is not a query with a question, there is nothing to answer");
    }
    int answerFlags =
        DnsWire.FLAG_RESPONSE
            | DnsWire.FLAG_AUTHORITATIVE
            | (flags & (0xf << DnsWire.OPCODE_SHIFT))
            | (flags & DnsWire.FLAG_RECURSION_DESIRED);
    DnsQuestion question = questions.get(0);
    return new DnsMessage(
        id,
        answerFlags,
        List.of(question),
        List.of(DnsResourceRecord.a(question.name(), ttl, address)),
        List.of(),
        List.of());
  }

  /** The message bytes, names uncompressed. */
  public byte[] toBytes() {
    int length = DnsWire.HEADER_LENGTH;
    for (DnsQuestion question : questions) {
      length += question.wireLength();
    }
    for (List<DnsResourceRecord> section : List.of(answers, authorities, additionals)) {
      for (DnsResourceRecord record : section) {
        length += record.wireLength();
      }
    }
    byte[] bytes = new byte[length];
    int position = header().writeTo(bytes, 0);
    for (DnsQuestion question : questions) {
      position += question.writeTo(bytes, position);
    }
    for (List<DnsResourceRecord> section : List.of(answers, authorities, additionals)) {
      for (DnsResourceRecord record : section) {
        position += record.writeTo(bytes, position);
      }
    }
    return bytes;
  }

  /** The reading state of one parse: a cursor over the message and the sections so far. */
  private static final class Sections {
    private final byte[] buffer;
    private final int offset;
    private final int length;
    private int cursor = DnsWire.HEADER_LENGTH;
    private final List<DnsQuestion> questions = new ArrayList<>();
    private final List<DnsResourceRecord> answers = new ArrayList<>();
    private final List<DnsResourceRecord> authorities = new ArrayList<>();
    private final List<DnsResourceRecord> additionals = new ArrayList<>();

    Sections(byte[] buffer, int offset, int length) {
      this.buffer = buffer;
      this.offset = offset;
      this.length = length;
    }

    ParseError readQuestions(int count) {
      for (int i = 1; i <= count; i++) {
        String prefix = "question " + i;
        ParseResult<DnsName.Read> name =
            DnsName.read(buffer, offset, length, cursor, prefix + " name");
        if (!name.isOk()) {
          return name.error();
        }
        cursor = name.value().next();
        ParseError truncated = fixedFields(prefix, DnsWire.QUESTION_FIXED_FIELDS);
        if (truncated != null) {
          return truncated;
        }
        int type = Bytes.u16(buffer, offset + cursor);
        int questionClass = Bytes.u16(buffer, offset + cursor + 2);
        cursor += 4;
        questions.add(new DnsQuestion(name.value().name(), type, questionClass));
      }
      return null;
    }

    ParseError readRecords(String section, int count, List<DnsResourceRecord> into) {
      for (int i = 1; i <= count; i++) {
        String prefix = section + " " + i;
        ParseResult<DnsName.Read> name =
            DnsName.read(buffer, offset, length, cursor, prefix + " name");
        if (!name.isOk()) {
          return name.error();
        }
        cursor = name.value().next();
        ParseError truncated = fixedFields(prefix, DnsWire.RECORD_FIXED_FIELDS);
        if (truncated != null) {
          return truncated;
        }
        int type = Bytes.u16(buffer, offset + cursor);
        int recordClass = Bytes.u16(buffer, offset + cursor + 2);
        long ttl = Bytes.u32(buffer, offset + cursor + 4);
        int dataLength = Bytes.u16(buffer, offset + cursor + 8);
        cursor += 10;
        if (cursor + dataLength > length) {
          return ParseError.truncated(
              DnsHeader.PROTOCOL, prefix + " data", cursor, length, cursor + dataLength);
        }
        byte[] data = Arrays.copyOfRange(buffer, offset + cursor, offset + cursor + dataLength);
        cursor += dataLength;
        into.add(new DnsResourceRecord(name.value().name(), type, recordClass, ttl, data));
      }
      return null;
    }

    /** The truncation error for the first field of {@code layout} (from the cursor) cut off. */
    private ParseError fixedFields(String prefix, List<WireField> layout) {
      for (WireField field : layout) {
        if (cursor + field.end() > length) {
          return ParseError.truncated(
              DnsHeader.PROTOCOL,
              prefix + " " + field.name(),
              cursor + field.offset(),
              length,
              cursor + field.end());
        }
      }
      return null;
    }
  }
}
