/// Who sends the summary: the MSP's name, a contact line and a logo, from the user's `report.conf`.
///
/// It is the sender's own identity, so `--redact` (which removes the customer's organization and people)
/// leaves it in, and both copies carry it.
public struct Sender: Sendable, Equatable {
    /// The company's name, such as `Northbridge IT Partners`.
    let name: String?
    /// One line to reach the sender: a person, a phone number, an address.
    let contact: String?
    /// The logo, checked, for HTML and PDF.
    let logo: Logo?

    /// The longest name or contact line: the running header of a printed page holds one line.
    static let maximumLineLength = 120

    /// Creates a sender; empty lines count as absent, and a line is cut at `maximumLineLength`.
    public init(name: String? = nil, contact: String? = nil, logo: Logo? = nil) {
        func line(_ text: String?) -> String? {
            guard let text, !text.allSatisfy(\.isWhitespace) else { return nil }
            return String(text.prefix(Self.maximumLineLength))
        }
        self.name = line(name)
        self.contact = line(contact)
        self.logo = logo
    }

    /// Whether there is anything to print.
    var isEmpty: Bool { name == nil && contact == nil && logo == nil }

    /// `Prepared by Northbridge IT Partners (Jo Park, +1 555 0100)`, or nil without a name or contact;
    /// the name and the contact are names, for the formats that isolate them.
    var preparedBy: ComposedLine? {
        switch (name, contact) {
        case (let name?, let contact?):
            ComposedLine(pieces: [.words("Prepared by "), .name(name), .words(" ("), .name(contact), .words(")")])
        case (let name?, nil): ComposedLine(pieces: [.words("Prepared by "), .name(name)])
        case (nil, let contact?): ComposedLine(pieces: [.words("Prepared by "), .name(contact)])
        case (nil, nil): nil
        }
    }
}
