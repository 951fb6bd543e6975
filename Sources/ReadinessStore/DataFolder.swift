#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The folder saved assessments live in, and how it is made private.
public enum DataFolder {
    /// The environment variable naming the folder, like `--data-dir`.
    static let environmentKey = "READINESS_DATA_DIR"

    /// The folder: `--data-dir`, else `READINESS_DATA_DIR`, else `$XDG_DATA_HOME/readiness/assessments`,
    /// else `~/.local/share/readiness/assessments`. Empty values count as unset; a relative
    /// `XDG_DATA_HOME` is ignored, as the XDG specification asks. `home` (the password database's, for an
    /// unset `HOME`) is looked up only when it is needed: reading it opens two files on every start.
    public static func locate(explicit: String?, environment: [String: String], home: @autoclosure () -> String?) -> String? {
        func value(_ text: String?) -> String? { text.flatMap { $0.isEmpty ? nil : $0 } }
        if let folder = value(explicit) ?? value(environment[environmentKey]) { return folder }
        if let xdg = value(environment["XDG_DATA_HOME"]), xdg.hasPrefix("/") {
            return join(xdg, "readiness/assessments")
        }
        guard let home = value(environment["HOME"]) ?? value(home()) else { return nil }
        return join(home, ".local/share/readiness/assessments")
    }

    /// Where `list` remembers rows for a data folder: `$XDG_CACHE_HOME/readiness/` else `~/.cache/readiness/`,
    /// one file per data folder, named by a hash of the folder's real path. Nil without a home.
    public static func listingCachePath(
        forDataFolder folder: String, environment: [String: String], home: @autoclosure () -> String?
    ) -> String? {
        guard let base = cacheFolder(environment: environment, home: home()) else { return nil }
        let real =
            realpath(folder, nil).map { pointer in
                defer { free(pointer) }
                return String(cString: pointer)
            } ?? folder
        return join(base, "list-\(Fingerprint.of(Array(real.utf8))).cache")
    }

    /// The program's cache folder: `$XDG_CACHE_HOME/readiness` (an absolute path), else
    /// `~/.cache/readiness`; nil without a home folder. `home` is looked up only when it is needed.
    public static func cacheFolder(environment: [String: String], home: @autoclosure () -> String?) -> String? {
        func value(_ text: String?) -> String? { text.flatMap { $0.isEmpty ? nil : $0 } }
        if let xdg = value(environment["XDG_CACHE_HOME"]), xdg.hasPrefix("/") { return join(xdg, "readiness") }
        if let home = value(environment["HOME"]) ?? value(home()) { return join(home, ".cache/readiness") }
        return nil
    }

    /// The home folder from the password database, for when `HOME` is unset.
    public static func passwordDatabaseHome() -> String? {
        guard let entry = getpwuid(getuid()), let directory = entry.pointee.pw_dir else { return nil }
        return String(cString: directory)
    }

    /// Creates the folder and any missing parents, each readable by its owner only (0700, whatever the
    /// umask). A folder that already exists keeps its permissions: it may be a team's shared folder.
    public static func create(_ path: String) throws(FileError) {
        if FileReader.isDirectory(path) { return }
        let parent = AtomicFile.parentFolder(of: path)
        if parent != path, parent != ".", parent != "/" { try create(parent) }
        if mkdir(path, 0o700) != 0 {
            if errno == EEXIST, FileReader.isDirectory(path) { return }
            throw .fromErrno("create the folder", path: path)
        }
        // mkdir's mode passes through the umask; set it outright.
        guard chmod(path, 0o700) == 0 else { throw .fromErrno("make the folder private", path: path) }
    }

    private static func join(_ folder: String, _ rest: String) -> String {
        folder.hasSuffix("/") ? folder + rest : folder + "/" + rest
    }
}
