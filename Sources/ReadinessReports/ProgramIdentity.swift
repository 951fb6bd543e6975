/// The program's name and version, as reports name them (the JSON's `program`, the PDF's creator) and as
/// `readiness --version` prints it.
public enum ProgramIdentity {
    /// The executable's name.
    public static let name = "readiness"
    /// The released version.
    public static let version = "0.1.0"
}
