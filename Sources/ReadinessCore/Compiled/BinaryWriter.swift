/// Writes values as bytes for `BinaryReader` to read back: integers as 8 little-endian bytes, text as its
/// UTF-8 length and bytes, lists as their count and elements, optionals as a flag and the value.
public struct BinaryWriter: Sendable {
    /// What has been written.
    public private(set) var bytes: [UInt8] = []

    /// An empty writer.
    public init() {}

    /// An integer, in 8 bytes.
    public mutating func int(_ value: Int) {
        withUnsafeBytes(of: Int64(value).littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// An unsigned 64-bit value, in 8 bytes.
    public mutating func word(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// A flag, in one byte.
    public mutating func bool(_ value: Bool) {
        bytes.append(value ? 1 : 0)
    }

    /// A small tag (a case of an enumeration), in one byte.
    public mutating func tag(_ value: UInt8) {
        bytes.append(value)
    }

    /// Text: its length in UTF-8 bytes, then the bytes.
    public mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            int(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    /// Raw bytes with their count.
    public mutating func data(_ value: [UInt8]) {
        int(value.count)
        bytes.append(contentsOf: value)
    }

    /// An optional value: a flag, then the value when there is one.
    public mutating func optional<T>(_ value: T?, _ write: (inout BinaryWriter, T) -> Void) {
        bool(value != nil)
        if let value { write(&self, value) }
    }

    /// A list: its count, then each element.
    public mutating func array<T>(_ values: [T], _ write: (inout BinaryWriter, T) -> Void) {
        int(values.count)
        for value in values { write(&self, value) }
    }

    /// Text keys and their values, in key order so the same value always gives the same bytes.
    public mutating func dictionary<T>(_ values: [String: T], _ write: (inout BinaryWriter, T) -> Void) {
        int(values.count)
        for key in values.keys.sorted() {
            string(key)
            write(&self, values[key]!)
        }
    }
}
