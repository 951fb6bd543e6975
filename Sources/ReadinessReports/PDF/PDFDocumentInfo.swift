/// The PDF's document information (title, author, creator, producer), written over what the browser put
/// there: Chromium names its own user agent as the creator and leaves the author out.
///
/// The new dictionary is added as an incremental update, the way PDF editors save a change: the browser's
/// bytes stay as they are, and a new object, cross-reference section and trailer follow them, the trailer
/// pointing back to the old one (`/Prev`) and to the new information (`/Info`). Every text is written as
/// UTF-16 in hexadecimal, so no character of a name can end the string or change the file's structure.
struct PDFDocumentInfo: Sendable, Equatable {
    /// The document's title.
    var title: String
    /// Who wrote it: the sender, else the assessor; nil to leave it out.
    var author: String?
    /// The program that made the document: this program and its version.
    var creator: String

    /// Creates the information.
    init(title: String, author: String?, creator: String = "\(ProgramIdentity.name) \(ProgramIdentity.version)") {
        self.title = title
        self.author = author
        self.creator = creator
    }

    /// The PDF with this information; a PDF whose end is not the classic trailer Chromium writes
    /// (`trailer << /Size n /Root r ... >> startxref offset %%EOF`) is returned as it is.
    func applied(to pdf: [UInt8]) -> [UInt8] {
        guard let tail = Self.trailer(of: pdf) else { return pdf }
        let number = tail.size
        var entries = [("Title", title), ("Creator", creator), ("Producer", creator)]
        if let author { entries.insert(("Author", author), at: 1) }
        var update = "\n\(number) 0 obj\n<<"
        for (key, value) in entries { update += " /\(key) " + Self.hexString(value) }
        for date in Self.dates(of: pdf) { update += " " + date }
        update += " >>\nendobj\n"
        let objectOffset = pdf.count + 1
        let xrefOffset = pdf.count + update.utf8.count
        let offset = String(objectOffset)
        update += "xref\n\(number) 1\n" + String(repeating: "0", count: max(0, 10 - offset.count)) + offset + " 00000 n \n"
        update += "trailer\n<< /Size \(number + 1) /Root \(tail.root) /Info \(number) 0 R /Prev \(tail.startxref) >>\n"
        update += "startxref\n\(xrefOffset)\n%%EOF\n"
        return pdf + Array(update.utf8)
    }

    /// `<FEFF...>`: UTF-16 big-endian with its byte-order mark, as PDF text strings may be.
    static func hexString(_ text: String) -> String {
        let digits = Array("0123456789ABCDEF")
        var out = "<FEFF"
        for unit in text.utf16 {
            for shift in [12, 8, 4, 0] { out.append(digits[Int(unit >> UInt16(shift)) & 0xF]) }
        }
        return out + ">"
    }

    /// The browser's `/CreationDate (D:...)` and `/ModDate (D:...)`, kept: they are the document's, and
    /// Chromium writes its information dictionary first. Only a date's own characters are taken, so
    /// nothing else of the old dictionary can come along.
    static func dates(of pdf: [UInt8]) -> [String] {
        let head = String(decoding: pdf.prefix(2048), as: UTF8.self)
        let creation = head.firstMatch(of: /\/CreationDate \(D:[0-9Z+'-]{4,24}\)/).map { String($0.output) }
        let modification = head.firstMatch(of: /\/ModDate \(D:[0-9Z+'-]{4,24}\)/).map { String($0.output) }
        return [creation, modification].compactMap { $0 }
    }

    /// The last trailer's `/Size`, `/Root` reference and `startxref` offset.
    static func trailer(of pdf: [UInt8]) -> (size: Int, root: String, startxref: Int)? {
        // The trailer is in the last kilobyte; reading the whole file as text would be slow for nothing.
        let tail = String(decoding: pdf.suffix(1024), as: UTF8.self)
        guard let trailer = tail.ranges(of: "trailer").last,
            let start = tail.ranges(of: "startxref").last, start.lowerBound > trailer.upperBound
        else { return nil }
        let dictionary = tail[trailer.upperBound..<start.lowerBound]
        let offsetText = tail[start.upperBound...].split(whereSeparator: \.isWhitespace).first.map(String.init) ?? ""
        guard let size = dictionary.firstMatch(of: /\/Size\s+(\d+)/).flatMap({ Int($0.1) }),
            let root = dictionary.firstMatch(of: /\/Root\s+(\d+\s+\d+\s+R)/).map({ String($0.1) }),
            let startxref = Int(offsetText), startxref < pdf.count
        else { return nil }
        return (size, root, startxref)
    }
}
