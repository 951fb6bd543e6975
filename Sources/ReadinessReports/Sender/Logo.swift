#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// A logo to embed in the HTML and PDF: PNG, JPEG or SVG, recognized by its first bytes (never by the
/// file's name), at most `maximumBytes`, and written into the document as a data URI, so nothing is
/// fetched when the summary is opened or printed.
public struct Logo: Sendable, Equatable {
    /// The media type: `image/png`, `image/jpeg` or `image/svg+xml`.
    let mediaType: String
    /// The file's bytes.
    let bytes: [UInt8]

    /// The largest logo: it is embedded in every HTML and PDF, so a photograph is refused, not shrunk.
    public static let maximumBytes = 256 * 1024

    /// Why a file cannot be the logo.
    public enum Problem: Error, Sendable, Equatable, CustomStringConvertible {
        /// Larger than `maximumBytes`.
        case tooLarge
        /// Not a PNG, a JPEG or an SVG.
        case unknownKind
        /// Empty.
        case empty

        /// The text a person reads, after the file's path.
        public var description: String {
            switch self {
            case .tooLarge:
                "the logo is larger than \(Logo.maximumBytes / 1024) KB, the most a summary embeds: use a smaller PNG or an SVG"
            case .unknownKind: "the logo is not a PNG, a JPEG or an SVG (its first bytes say so, whatever its name)"
            case .empty: "the logo file is empty"
            }
        }
    }

    /// Checks a file's bytes and makes the logo.
    public init(bytes: [UInt8]) throws(Problem) {
        guard !bytes.isEmpty else { throw .empty }
        guard bytes.count <= Self.maximumBytes else { throw .tooLarge }
        guard let mediaType = Self.mediaType(of: bytes) else { throw .unknownKind }
        self.mediaType = mediaType
        self.bytes = bytes
    }

    /// The media type the first bytes show, if the kind is one a logo may be.
    static func mediaType(of bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return "image/png" }
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return "image/jpeg" }
        // SVG is text: after a byte-order mark and white space, an XML declaration, a comment or a
        // doctype may come first, but an <svg element must follow near the start.
        var text = bytes.prefix(4096)
        if text.starts(with: [0xEF, 0xBB, 0xBF]) { text = text.dropFirst(3) }
        let head = String(decoding: text, as: UTF8.self).drop { $0.isWhitespace }
        guard head.hasPrefix("<") else { return nil }
        let opensSVG = head.hasPrefix("<svg") || (head.hasPrefix("<?xml") || head.hasPrefix("<!")) && head.contains("<svg")
        return opensSVG ? "image/svg+xml" : nil
    }

    /// The logo as a `data:` URI for an `<img src>`; base64 holds only letters, digits, `+`, `/` and `=`,
    /// so it needs no escaping in an attribute.
    var dataURI: String {
        "data:\(mediaType);base64," + Data(bytes).base64EncodedString()
    }
}
