/// The one scheme for the names of exported files, whichever front end or command suggests them:
/// `acme-dental-2026-11-29.html`, the organization and the day, safe in any shell and on any file system;
/// the internal copy ends `-internal` (`acme-dental-2026-11-29-internal.html`), so exporting it never
/// offers to replace the client copy a customer may be sent.
public enum ExportFileName {
    /// The most characters the organization takes in a name.
    static let organizationLength = 60

    /// `acme-dental-2026-11-29` for the organization and the day: accents folded ("Zürich" gives
    /// "zurich"), every run of anything but an ASCII letter or digit a single dash; `assessment-<day>`
    /// when nothing of the name is left; `-internal` after the day for the internal copy.
    public static func stem(organization: String, day: String, audience: Audience) -> String {
        var slug = ""
        for scalar in organization.withoutDiacritics.lowercased().unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty, !slug.hasSuffix("-") {
                slug += "-"
            }
        }
        let base = slug.prefix(organizationLength).trimming { $0 == "-" }
        let suffix = audience == .internal ? "-internal" : ""
        return "\(base.isEmpty ? "assessment" : base)-\(day)\(suffix)"
    }
}
