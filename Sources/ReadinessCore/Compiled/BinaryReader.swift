/// Reads what `BinaryWriter` wrote. Every read is checked against the end of the bytes and every count
/// against what is left, so damaged or hostile bytes give `Malformed`, never a crash or a huge allocation.
public struct BinaryReader {
    /// The bytes do not hold what was asked for.
    public struct Malformed: Error, Sendable {
        /// The error.
        public init() {}
    }

    private let bytes: [UInt8]
    /// Where the next read starts.
    public private(set) var position: Int

    /// A reader of `bytes` from `position`.
    public init(_ bytes: [UInt8], from position: Int = 0) {
        self.bytes = bytes
        self.position = position
    }

    /// Whether every byte has been read.
    public var isAtEnd: Bool { position == bytes.count }

    /// An unsigned 64-bit value.
    public mutating func word() throws(Malformed) -> UInt64 {
        guard bytes.count - position >= 8 else { throw Malformed() }
        let value = bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: position, as: UInt64.self) }
        position += 8
        return UInt64(littleEndian: value)
    }

    /// An integer.
    public mutating func int() throws(Malformed) -> Int {
        Int(Int64(bitPattern: try word()))
    }

    /// A flag; any byte but 0 or 1 is malformed.
    public mutating func bool() throws(Malformed) -> Bool {
        switch try tag() {
        case 0: false
        case 1: true
        default: throw Malformed()
        }
    }

    /// A small tag.
    public mutating func tag() throws(Malformed) -> UInt8 {
        guard position < bytes.count else { throw Malformed() }
        defer { position += 1 }
        return bytes[position]
    }

    /// A count of things that each take at least one byte: never more than is left.
    public mutating func count() throws(Malformed) -> Int {
        let count = try int()
        guard count >= 0, count <= bytes.count - position else { throw Malformed() }
        return count
    }

    /// Text, which must be valid UTF-8.
    public mutating func string() throws(Malformed) -> String {
        let count = try count()
        let text = bytes.withUnsafeBufferPointer { UTF8Text.decoded(UnsafeBufferPointer(rebasing: $0[position..<position + count])) }
        guard let text else { throw Malformed() }
        position += count
        return text
    }

    /// Raw bytes.
    public mutating func data() throws(Malformed) -> [UInt8] {
        let count = try count()
        defer { position += count }
        return Array(bytes[position..<position + count])
    }

    /// A value with a raw text value (an enumeration's case).
    public mutating func raw<T: RawRepresentable>(_ type: T.Type) throws(Malformed) -> T where T.RawValue == String {
        guard let value = T(rawValue: try string()) else { throw Malformed() }
        return value
    }

    /// An optional value.
    public mutating func optional<T>(_ read: (inout BinaryReader) throws(Malformed) -> T) throws(Malformed) -> T? {
        try bool() ? try read(&self) : nil
    }

    /// A list.
    public mutating func array<T>(_ read: (inout BinaryReader) throws(Malformed) -> T) throws(Malformed) -> [T] {
        let count = try count()
        var values: [T] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try read(&self)) }
        return values
    }

    /// Text keys and their values; a repeated key is malformed.
    public mutating func dictionary<T>(_ read: (inout BinaryReader) throws(Malformed) -> T) throws(Malformed) -> [String: T] {
        let count = try count()
        var values: [String: T] = [:]
        values.reserveCapacity(count)
        for _ in 0..<count {
            let key = try string()
            guard values.updateValue(try read(&self), forKey: key) == nil else { throw Malformed() }
        }
        return values
    }
}
